// Proves a pre-binding seal opens only when its text looks like a secret a user typed or Akool issued, in a file never migrated.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenService } from '../../../../main/core/accounts/account-records';
import { openSealed, type SealDeps } from '../../../../main/core/accounts/account-seals';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { Protection } from '../../../../main/core/ports';
import { sealSecret, withSecret } from '../../../../main/core/vault/secret-vault';
import { emptyVaultDocument, noAlerts, type AccountRecord } from '../../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { createMemoryStore } from '../../../support/memory-store';

const strong: Protection = { available: true, backend: 'gnome_libsecret', weak: false };

const record: AccountRecord = {
  id: randomUUID(),
  label: 'Legacy',
  clientId: 'client-legacy',
  baseUrl: 'https://openapi.akool.com',
  createdAt: 0,
  token: { fingerprint: '0badc0de', expiresAt: null, issuedAt: null, email: null, uid: null },
  status: { result: 'active', problem: null, credit: 5, checkedAt: 0 },
  banDismissed: false,
  alerts: noAlerts,
};

/** A file written before bindings existed (no `seals` marker, no bound seal) holding one raw seal of `plainText`. */
async function legacyFile(plainText: string): Promise<SealDeps> {
  const cipher = createAesGcmCipher(randomBytes(32));
  const { seals: _seals, ...unmarked } = emptyVaultDocument;
  const sealed = await sealSecret(cipher, plainText);
  const initial = withSecret({ ...unmarked, accounts: [record] }, tokenService, record.id, sealed);
  const documents = openDocumentStore(createMemoryStore(initial), createFakeClock(1000), createMemoryLogger());
  return { documents, cipher, clock: createFakeClock(5000), protection: strong };
}

describe('pre-binding seal shape', () => {
  it.each([
    ['printable ASCII', 'legacy-Secret_0123+/=~ !'],
    ['a space and a tilde at the edges of the allowed range', ' ~'],
    ['letters beyond ASCII after the C1 controls', '\u00a0é✓'],
    ['envelope words elsewhere in the text', 'x{"v":1 "digest" y'],
  ])('opens %s', async (_what, plainText) => {
    const result = await openSealed(await legacyFile(plainText), tokenService, record.id);
    expect(result).toMatchObject({ legacy: true, opened: { value: plainText } });
  });

  it.each([
    ['an empty text', ''],
    ['NUL', 'abc\u0000def'],
    ['the last C0 control', 'abc\u001fdef'],
    ['DEL', 'abc\u007fdef'],
    ['the last C1 control', 'abc\u009fdef'],
    ['U+FFFD, what a damaged UTF-8 byte decodes to', 'abc\ufffddef'],
    ['the start of an envelope', '{"v":2,"value":"x"}'],
    ['an envelope field', 'x"digest":"00"'],
  ])('refuses %s as record changed, and sends nothing', async (_what, plainText) => {
    const deps = await legacyFile(plainText);
    await expect(openSealed(deps, tokenService, record.id)).rejects.toMatchObject({ code: 'record-changed' });
    expect(deps.documents.current().accounts[0]?.status.result).toBe('record-changed');
  });
});
