// Proves the protection floor: it rises with every seal, never falls, and the sealing guard refuses only writes that seal under it.
import { describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../main/core/vault/document-store';
import { assertCanStoreSecrets, describeProtection, raiseFloor } from '../../../main/core/vault/protection-policy';
import { guardSealing, sealsNewSecret } from '../../../main/core/vault/sealing-guard';
import { provenFloor } from '../../../main/core/vault/protection-floor';
import { emptyVaultDocument, type VaultDocument } from '../../../main/core/vault/vault-document';
import { createFakeClock } from '../../support/fake-clock';
import { createMemoryLogger } from '../../support/memory-logger';
import { createMemoryStore } from '../../support/memory-store';

/** Judges a seal as Chromium does on Linux: `v11` (a keyring's key) is strong, anything else weak. */
const judgeByFirstByte = (cipherText: Uint8Array) =>
  Buffer.from(cipherText).subarray(0, 3).toString('latin1') === 'v11' ? { level: 'strong' as const, mark: 'v11' } : { level: 'weak' as const, mark: 'v10' };

const strong = { available: true, backend: 'keychain', weak: false };
const weak = { available: true, backend: 'basic_text', weak: true };
const none = { available: false, backend: 'unknown', weak: false };
const withSecrets = (secrets: VaultDocument['secrets'], document: VaultDocument = emptyVaultDocument): VaultDocument => ({ ...document, secrets });

describe('sealsNewSecret', () => {
  const before = withSecrets({ svc: { a: 'AAAA' } });
  it('sees an added, a changed, and a first secret under a new service', () => {
    expect(sealsNewSecret(before, withSecrets({ svc: { a: 'AAAA', b: 'BBBB' } }))).toBe(true);
    expect(sealsNewSecret(before, withSecrets({ svc: { a: 'CCCC' } }))).toBe(true);
    expect(sealsNewSecret(before, withSecrets({ svc: { a: 'AAAA' }, other: { a: 'AAAA' } }))).toBe(true);
  });
  it('does not count keeping or removing secrets as sealing', () => {
    expect(sealsNewSecret(before, before)).toBe(false);
    expect(sealsNewSecret(before, withSecrets({ svc: {} }))).toBe(false);
    expect(sealsNewSecret(before, withSecrets({}))).toBe(false);
  });
  it('is not fooled by inherited names such as constructor', () => {
    expect(sealsNewSecret(withSecrets({}), withSecrets({ constructor: { toString: 'AAAA' } }))).toBe(true);
  });
});

describe('protection floor', () => {
  it('rises to the strongest level that sealed, and never falls', () => {
    expect(raiseFloor(undefined, weak)).toBe('weak');
    expect(raiseFloor('weak', strong)).toBe('strong');
    expect(raiseFloor('strong', weak)).toBe('strong');
    expect(raiseFloor(undefined, none)).toBeUndefined();
  });

  it('makes weak protection unable to store once a keyring sealed the vault, opt-in or not', () => {
    const view = describeProtection(weak, true, 'strong', 0);
    expect(view).toMatchObject({ level: 'weak', weakOptIn: true, canStoreSecrets: false });
    expect(() => assertCanStoreSecrets(view, 'strong')).toThrow(/never stores secrets under weaker protection/);
    expect(describeProtection(weak, true, 'weak', 0).canStoreSecrets).toBe(true);
    expect(describeProtection(strong, false, 'strong', 0).canStoreSecrets).toBe(true);
  });
});

describe('guardSealing', () => {
  const open = (protection: typeof strong, initial: VaultDocument = emptyVaultDocument) => {
    const store = createMemoryStore(initial);
    return { store, documents: guardSealing(openDocumentStore(store, createFakeClock(), createMemoryLogger()), protection, judgeByFirstByte) };
  };

  it('records the floor in the same write that seals', () => {
    const { store, documents } = open(strong);
    documents.update((document) => withSecrets({ svc: { a: 'AAAA' } }, document));
    expect(store.read()).toMatchObject({ protectionFloor: 'strong', secrets: { svc: { a: 'AAAA' } } });
  });

  it('refuses a seal below the floor without writing, but lets every other change through', () => {
    const sealed = { ...withSecrets({ svc: { a: 'AAAA' } }), protectionFloor: 'strong' as const };
    const optedIn = { ...sealed, settings: { ...sealed.settings, weakProtectionOptIn: true } };
    const { store, documents } = open(weak, optedIn);
    const writes = store.writes;
    expect(() => documents.update((document) => withSecrets({ svc: { a: 'BBBB' } }, document))).toThrow(
      expect.objectContaining({ code: 'protection-unavailable' }),
    );
    expect(store.writes).toBe(writes);
    documents.update((document) => withSecrets({}, document));
    expect(store.read()).toMatchObject({ secrets: {}, protectionFloor: 'strong' });
  });

  it('refuses a seal under weak protection without opt-in, even on a fresh vault', () => {
    const { documents } = open(weak);
    expect(() => documents.update((document) => withSecrets({ svc: { a: 'AAAA' } }, document))).toThrow(/opt into weak protection/);
  });
});

describe('provenFloor', () => {
  const v11Seal = Buffer.from('v11 sealed by a keyring').toString('base64');
  const v10Seal = Buffer.from('v10 sealed by basic_text').toString('base64');

  it('is strong once any seal, orphaned or not, was made under strong protection, whatever the field says', () => {
    expect(provenFloor(judgeByFirstByte, withSecrets({ svc: { a: v10Seal, orphan: v11Seal } }))).toBe('strong');
    expect(provenFloor(judgeByFirstByte, { ...withSecrets({ other: { b: v11Seal } }), protectionFloor: 'weak' })).toBe('strong');
  });

  it('is the field otherwise', () => {
    expect(provenFloor(judgeByFirstByte, withSecrets({ svc: { a: v10Seal } }))).toBeUndefined();
    expect(provenFloor(judgeByFirstByte, { ...withSecrets({ svc: { a: v10Seal } }), protectionFloor: 'weak' })).toBe('weak');
    expect(provenFloor(judgeByFirstByte, { ...withSecrets({}), protectionFloor: 'strong' })).toBe('strong');
  });

  it('makes the guard refuse a weak seal into a vault whose floor field was deleted but holds a v11 seal', () => {
    const store = createMemoryStore({ ...withSecrets({ svc: { a: v11Seal } }), settings: { ...emptyVaultDocument.settings, weakProtectionOptIn: true } });
    const documents = guardSealing(openDocumentStore(store, createFakeClock(), createMemoryLogger()), weak, judgeByFirstByte);
    expect(() => documents.update((document) => withSecrets({ svc: { a: v11Seal, b: v10Seal } }, document))).toThrow(/never stores secrets under weaker protection/);
  });
});
