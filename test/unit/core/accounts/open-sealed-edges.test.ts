// Proves openSealed and saveResealed at their edges: a pre-binding seal's shape, a migrated file, a missing, undecryptable or unsealable seal, a stale re-seal.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenService } from '../../../../main/core/accounts/account-records';
import { openSealed, saveResealed, type SealDeps } from '../../../../main/core/accounts/account-seals';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { Protection } from '../../../../main/core/ports';
import { sealedEntry, sealSecret, withSecret } from '../../../../main/core/vault/secret-vault';
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
async function legacyFile(plainText: string, marked = false): Promise<SealDeps> {
  const cipher = createAesGcmCipher(randomBytes(32));
  const { seals: _seals, ...unmarked } = emptyVaultDocument;
  const sealed = await sealSecret(cipher, plainText);
  const initial = withSecret({ ...(marked ? emptyVaultDocument : unmarked), accounts: [record] }, tokenService, record.id, sealed);
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

  it('refuses even a plain secret in a file marked migrated, with no bound seal left in it, and says what to do', async () => {
    const deps = await legacyFile('legacy-secret', true);
    await expect(openSealed(deps, tokenService, record.id)).rejects.toMatchObject({
      code: 'record-changed',
      message: expect.stringMatching(/^This account's base URL, client ID or stored secrets were changed outside akool-vault, so akool-vault sent nothing\..*use Replace secret: type the secret again and check the base URL it will be sent to/),
    });
  });

  it('reports a missing seal as nothing opened and nothing due', async () => {
    const deps = await legacyFile('legacy-secret');
    deps.documents.update((document) => withSecret(document, tokenService, record.id, null));
    expect(await openSealed(deps, tokenService, record.id)).toEqual({ opened: null, resealed: null, resealFailed: false, legacy: false });
  });

  it('reports a seal that does not decrypt as such, not as a changed record', async () => {
    const deps = await legacyFile('legacy-secret');
    deps.documents.update((document) => withSecret(document, tokenService, record.id, Buffer.from('not a seal').toString('base64')));
    await expect(openSealed(deps, tokenService, record.id)).rejects.toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/could not be decrypted/) });
    expect(deps.documents.current().accounts[0]?.status.result).toBe('active');
  });

  it('opens a pre-binding secret even when sealing it again fails, and says the re-seal failed', async () => {
    const deps = await legacyFile('legacy-secret');
    const failing = { ...deps, cipher: { ...deps.cipher, encrypt: () => Promise.reject(new Error('keyring locked')) } };
    expect(await openSealed(failing, tokenService, record.id)).toMatchObject({ opened: { value: 'legacy-secret' }, resealed: null, resealFailed: true, legacy: true });
  });

  it('saves nothing, not even the migration marker, when no re-seal is given', async () => {
    const deps = await legacyFile('legacy-secret');
    const before = deps.documents.current();
    expect(saveResealed(deps, [])).toBe(true);
    expect(deps.documents.current()).toBe(before);
    expect(deps.documents.current().seals).toBeUndefined();
  });

  it('keeps a seal that changed after its re-seal was made', async () => {
    const deps = await legacyFile('legacy-secret');
    const { resealed } = await openSealed(deps, tokenService, record.id);
    if (resealed === null) throw new Error('a pre-binding seal is due to be sealed again');
    const newer = await sealSecret(deps.cipher, 'typed-meanwhile');
    deps.documents.update((document) => withSecret(document, tokenService, record.id, newer));
    expect(saveResealed(deps, [resealed], true)).toBe(true);
    expect(sealedEntry(deps.documents.current(), tokenService, record.id)).toBe(newer);
    expect(deps.documents.current().seals).toBe('bound');
  });
});
