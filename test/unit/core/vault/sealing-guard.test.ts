// Proves the sealing guard lets a removal through under any protection, and never counts the seals that stay as new.
import { describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { Protection } from '../../../../main/core/ports';
import { guardSealing, sealsNewSecret } from '../../../../main/core/vault/sealing-guard';
import { withSecret } from '../../../../main/core/vault/secret-vault';
import { emptyVaultDocument, type VaultDocument } from '../../../../main/core/vault/vault-document';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { createMemoryStore } from '../../../support/memory-store';

/** Judges a seal as Chromium does on Linux: `v11` (a keyring's key) is strong, anything else weak. */
const judgeByFirstByte = (cipherText: Uint8Array) =>
  Buffer.from(cipherText).subarray(0, 3).toString('latin1') === 'v11' ? { level: 'strong' as const, mark: 'v11' } : { level: 'weak' as const, mark: 'v10' };

const unavailable: Protection = { available: false, backend: 'unknown', weak: false };
const twoAccounts: VaultDocument = {
  ...emptyVaultDocument,
  protectionFloor: 'strong',
  secrets: { 'akool-vault/client-secret': { a: 'AAAA', b: 'BBBB' }, 'akool-vault/token': { a: 'CCCC', b: 'DDDD' } },
};
const removeA = (document: VaultDocument): VaultDocument =>
  withSecret(withSecret(document, 'akool-vault/client-secret', 'a', null), 'akool-vault/token', 'a', null);

describe('sealing guard and removals', () => {
  it('removing one account while keeping another seals nothing new', () => {
    expect(sealsNewSecret(twoAccounts, removeA(twoAccounts))).toBe(false);
  });

  it('still sees a changed seal next to a removal', () => {
    const changed = withSecret(removeA(twoAccounts), 'akool-vault/token', 'b', 'EEEE');
    expect(sealsNewSecret(twoAccounts, changed)).toBe(true);
  });

  it('lets the removal through with no encryption at all, and keeps the other account\'s seals as they were', () => {
    const store = createMemoryStore(twoAccounts);
    const documents = guardSealing(openDocumentStore(store, createFakeClock(), createMemoryLogger()), unavailable, judgeByFirstByte);
    documents.update(removeA);
    expect(store.read()).toMatchObject({
      protectionFloor: 'strong',
      secrets: { 'akool-vault/client-secret': { b: 'BBBB' }, 'akool-vault/token': { b: 'DDDD' } },
    });
    expect(() => documents.update((document) => withSecret(document, 'akool-vault/token', 'b', 'EEEE'))).toThrow(
      expect.objectContaining({ code: 'protection-unavailable' }),
    );
  });
});
