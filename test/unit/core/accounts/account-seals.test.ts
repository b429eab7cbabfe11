// Proves sealed secrets open only for the record they were sealed with, and that rotated, weak and pre-binding seals are sealed again.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientSecretService, tokenService } from '../../../../main/core/accounts/account-records';
import { accountSeals, bindingOf, countWeakSeals, openBound, openSealed, saveResealed, sealBound, type SealDeps } from '../../../../main/core/accounts/account-seals';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { Cipher, Protection } from '../../../../main/core/ports';
import { envelopeText } from '../../../../main/core/vault/seal-envelope';
import { guardSealing } from '../../../../main/core/vault/sealing-guard';
import { createSecretVault, sealedEntry, sealSecret, withSecret } from '../../../../main/core/vault/secret-vault';
import { noAlerts, type AccountRecord, type VaultDocument } from '../../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../../../main/node/open-conf-store';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { useTempDirs } from '../../../support/use-temp-dirs';

const strong: Protection = { available: true, backend: 'gnome_libsecret', weak: false };
const weak: Protection = { available: true, backend: 'basic_text', weak: true };

const makeRecord = (baseUrl: string, clientId: string): AccountRecord => ({
  id: randomUUID(),
  label: clientId,
  clientId,
  baseUrl,
  createdAt: 0,
  token: { fingerprint: '0badc0de', expiresAt: null, issuedAt: null, email: null, uid: null },
  status: { result: 'active', problem: null, credit: 5, checkedAt: 0 },
  banDismissed: false,
  alerts: noAlerts,
});

describe('account seals', () => {
  const tempDir = useTempDirs();

  /** A guarded document store over a real file and a real AES cipher; `reopen` is the next start over the same file. */
  const open = (dir: string, cipher: Cipher, protection: Protection = strong): SealDeps => {
    const documents = guardSealing(openDocumentStore(openConfStore(dir), createFakeClock(1000), createMemoryLogger()), protection, cipher.judgeSeal);
    return { documents, cipher, clock: createFakeClock(5000), protection };
  };
  const withOptIn = (deps: SealDeps): void => {
    deps.documents.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: true } }));
  };

  /** Stores two accounts, each with a bound secret and token, as the app does. */
  async function seeded(deps: SealDeps) {
    const a = makeRecord('https://a.example', 'client-a');
    const b = makeRecord('https://b.example', 'client-b');
    const sealed: Array<[AccountRecord, string, string]> = [];
    for (const record of [a, b]) {
      for (const kind of [clientSecretService, tokenService]) {
        sealed.push([record, kind, await sealBound(deps.cipher, bindingOf(record, kind), `${kind}:${record.clientId}`)]);
      }
    }
    deps.documents.update((document) =>
      sealed.reduce((next, [record, kind, value]) => withSecret(next, kind, record.id, value), { ...document, accounts: [a, b] }),
    );
    return { a, b };
  }
  const edit = (deps: SealDeps, change: (document: VaultDocument) => VaultDocument): void => {
    deps.documents.update(change);
  };
  const editRecord = (deps: SealDeps, id: string, change: Partial<AccountRecord>) =>
    edit(deps, (document) => ({ ...document, accounts: document.accounts.map((r) => (r.id === id ? { ...r, ...change } : r)) }));
  const statusOf = (deps: SealDeps, id: string) => deps.documents.current().accounts.find((r) => r.id === id)?.status;

  it('opens each secret with the binding it was sealed with', async () => {
    const deps = open(tempDir(), createAesGcmCipher(randomBytes(32)));
    const { a, b } = await seeded(deps);
    expect(await openBound(deps, tokenService, a.id)).toEqual({ value: `${tokenService}:client-a`, binding: bindingOf(a, tokenService) });
    expect(await openBound(deps, clientSecretService, b.id)).toMatchObject({ value: `${clientSecretService}:client-b` });
  });

  it.each([
    ['base URL', { baseUrl: 'http://127.0.0.1:9' }],
    ['clientId', { clientId: 'client-evil' }],
  ])('refuses both seals once the record\'s %s changed, and marks only that account', async (_what, change) => {
    const deps = open(tempDir(), createAesGcmCipher(randomBytes(32)));
    const { a, b } = await seeded(deps);
    editRecord(deps, a.id, change);
    for (const kind of [tokenService, clientSecretService]) {
      await expect(openBound(deps, kind, a.id)).rejects.toMatchObject({ code: 'record-changed', message: expect.stringMatching(/remove the account and add it again/) });
    }
    expect(statusOf(deps, a.id)).toMatchObject({ result: 'record-changed', credit: 5, checkedAt: 5000 });
    expect(statusOf(deps, b.id)).toMatchObject({ result: 'active' });
    expect(await openBound(deps, tokenService, b.id)).not.toBeNull();
  });

  it('refuses a seal moved to another account, a swapped kind and a record given another id', async () => {
    const deps = open(tempDir(), createAesGcmCipher(randomBytes(32)));
    const { a, b } = await seeded(deps);
    const sealedA = (kind: string) => sealedEntry(deps.documents.current(), kind, a.id) ?? '';
    edit(deps, (document) => withSecret(document, clientSecretService, b.id, sealedA(clientSecretService)));
    await expect(openBound(deps, clientSecretService, b.id)).rejects.toMatchObject({ code: 'record-changed' });

    const [secretA, tokenA] = [sealedA(clientSecretService), sealedA(tokenService)];
    edit(deps, (document) => withSecret(withSecret(document, clientSecretService, a.id, tokenA), tokenService, a.id, secretA));
    await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });

    const newId = randomUUID();
    editRecord(deps, a.id, { id: newId });
    edit(deps, (document) => withSecret(document, tokenService, newId, tokenA));
    await expect(openBound(deps, tokenService, newId)).rejects.toMatchObject({ code: 'record-changed' });
  });

  it('a relabel needs no new seal: the label is not bound', async () => {
    const deps = open(tempDir(), createAesGcmCipher(randomBytes(32)));
    const { a } = await seeded(deps);
    editRecord(deps, a.id, { label: 'Renamed' });
    expect(await openBound(deps, tokenService, a.id)).toMatchObject({ value: `${tokenService}:client-a` });
  });

  it('returns null for a missing seal, and a pre-binding seal only opens in a file with no marker and no bound seal', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const deps = open(dir, createAesGcmCipher(key));
    const { a, b } = await seeded(deps);
    edit(deps, (document) => withSecret(document, tokenService, a.id, null));
    expect(await openBound(deps, tokenService, a.id)).toBeNull();
    // The keytar API seals raw text, as every version before bindings did.
    await createSecretVault(deps.documents, deps.cipher).setPassword(tokenService, a.id, 'raw-legacy-token');
    await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });
    // Marker removed, but other seals (of this account or another, or orphaned) are still bound: refused.
    edit(deps, ({ seals: _seals, ...document }) => document);
    await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });
    edit(deps, (document) => withSecret(withSecret(document, clientSecretService, a.id, null), tokenService, b.id, null));
    await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });
    const orphan = sealedEntry(deps.documents.current(), clientSecretService, b.id) ?? '';
    edit(deps, (document) => withSecret(withSecret(document, clientSecretService, b.id, null), clientSecretService, randomUUID(), orphan));
    await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });
    // No bound seal left anywhere: a file that was never migrated.
    edit(deps, (document) => ({ ...document, secrets: { [tokenService]: { [a.id]: sealedEntry(document, tokenService, a.id) ?? '' } } }));
    const result = await openSealed(deps, tokenService, a.id);
    expect(result.opened).toMatchObject({ value: 'raw-legacy-token', binding: bindingOf(a, tokenService) });
    expect(result).toMatchObject({ legacy: true, resealed: { kind: tokenService, accountId: a.id } });
    // openBound leaves the migration to upgradeSeals, which re-seals every legacy seal in one write or none.
    const before = sealedEntry(deps.documents.current(), tokenService, a.id);
    expect(await openBound(deps, tokenService, a.id)).toMatchObject({ value: 'raw-legacy-token' });
    expect(sealedEntry(deps.documents.current(), tokenService, a.id)).toBe(before);
  });

  it('never takes a damaged envelope for a pre-binding secret, even with the migration marker removed', async () => {
    const deps = open(tempDir(), createAesGcmCipher(randomBytes(32)));
    const { a } = await seeded(deps);
    const envelope = envelopeText(bindingOf({ ...a, baseUrl: 'http://127.0.0.1:9' }, tokenService), 'the-token');
    for (const damaged of [envelope.replace('"digest":"', '"digest":"0'), `\u0001${envelope.slice(1)}`, `x${envelope.slice(16)}`]) {
      const sealed = await sealSecret(deps.cipher, damaged);
      edit(deps, ({ seals: _seals, ...document }) => withSecret(document, tokenService, a.id, sealed));
      await expect(openBound(deps, tokenService, a.id)).rejects.toMatchObject({ code: 'record-changed' });
    }
  });

  it('seals again, under the new key, what the cipher says needs it (key rotation)', async () => {
    const dir = tempDir();
    const oldKey = randomBytes(32);
    const { a } = await seeded(open(dir, createAesGcmCipher(oldKey)));
    const newKey = randomBytes(32);
    const rotated = open(dir, createAesGcmCipher(newKey, strong, { previousKeys: [oldKey] }));
    const before = sealedEntry(rotated.documents.current(), tokenService, a.id);
    expect(await openBound(rotated, tokenService, a.id)).toMatchObject({ value: `${tokenService}:client-a` });
    const after = sealedEntry(open(dir, createAesGcmCipher(newKey)).documents.current(), tokenService, a.id);
    expect(after).not.toBe(before);
    expect(await openBound(open(dir, createAesGcmCipher(newKey)), tokenService, a.id)).toMatchObject({ value: `${tokenService}:client-a` });
  });

  it('counts weak seals by their bytes and seals them again once the cipher is strong', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const weakDeps = open(dir, createAesGcmCipher(key, weak), weak);
    withOptIn(weakDeps);
    const { a } = await seeded(weakDeps);
    expect(countWeakSeals(weakDeps.cipher, accountSeals(weakDeps.documents.current()))).toBe(4);
    // A seal whose account is gone is never opened, so it cannot keep the warning up forever.
    const orphan = await sealSecret(weakDeps.cipher, 'orphan');
    edit(weakDeps, (document) => withSecret(document, tokenService, randomUUID(), orphan));
    expect(countWeakSeals(weakDeps.cipher, accountSeals(weakDeps.documents.current()))).toBe(4);
    // Still weak: opening changes nothing.
    expect((await openSealed(weakDeps, tokenService, a.id)).resealed).toBeNull();

    const strongDeps = open(dir, createAesGcmCipher(key, strong));
    await openBound(strongDeps, tokenService, a.id);
    expect(countWeakSeals(strongDeps.cipher, accountSeals(strongDeps.documents.current()))).toBe(3);
  });

  it('keeps the old seal, and still opens it, when the sealing guard refuses to seal again', async () => {
    const dir = tempDir();
    const oldKey = randomBytes(32);
    const { a } = await seeded(open(dir, createAesGcmCipher(oldKey)));
    // Rotated key but only weak protection now: a vault sealed by a keyring is never sealed under less.
    const weakRotated = open(dir, createAesGcmCipher(randomBytes(32), weak, { previousKeys: [oldKey] }), weak);
    withOptIn(weakRotated);
    const before = sealedEntry(weakRotated.documents.current(), tokenService, a.id);
    const result = await openSealed(weakRotated, tokenService, a.id);
    expect(result.opened?.value).toBe(`${tokenService}:client-a`);
    expect(saveResealed(weakRotated, result.resealed === null ? [] : [result.resealed])).toBe(result.resealed === null);
    expect(result.resealed).not.toBeNull();
    expect(await openBound(weakRotated, tokenService, a.id)).toMatchObject({ value: `${tokenService}:client-a` });
    expect(sealedEntry(weakRotated.documents.current(), tokenService, a.id)).toBe(before);
  });
  it('opens nothing, not even a seal that matches its record, in a vault locked as rolled back', async () => {
    const dir = tempDir();
    const cipher = createAesGcmCipher(randomBytes(32));
    const { a } = await seeded(open(dir, cipher));
    const store = openDocumentStore(openConfStore(dir), createFakeClock(1000), createMemoryLogger(), { lock: { reason: 'rolled-back' } });
    const locked: SealDeps = { documents: guardSealing(store, strong, cipher.judgeSeal), cipher, clock: createFakeClock(5000), protection: strong };
    let decrypted = 0;
    const counting: SealDeps = { ...locked, cipher: { ...cipher, decrypt: (data) => ((decrypted += 1), cipher.decrypt(data)) } };
    for (const kind of [clientSecretService, tokenService]) {
      await expect(openSealed(counting, kind, a.id)).rejects.toMatchObject({ code: 'vault-rolled-back', message: expect.stringMatching(/sends nothing/) });
      await expect(openBound(counting, kind, a.id)).rejects.toMatchObject({ code: 'vault-rolled-back' });
    }
    expect(decrypted).toBe(0);
    expect(locked.documents.lock).toEqual({ reason: 'rolled-back' });
  });
  it('seals a version-2 envelope (from before the generation marker) again as version 3 when it opens', async () => {
    const dir = tempDir();
    const cipher = createAesGcmCipher(randomBytes(32));
    const deps = open(dir, cipher);
    const record = makeRecord('https://a.example', 'client-a');
    const { id: accountId, baseUrl, clientId } = record;
    const fields = [2, accountId, clientSecretService, baseUrl, clientId, 'old-secret'];
    const digest = createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
    const v2 = JSON.stringify({ v: 2, accountId, kind: clientSecretService, baseUrl, clientId, value: 'old-secret', digest });
    const sealed = await sealSecret(cipher, v2);
    deps.documents.update((document) => withSecret({ ...document, accounts: [record] }, clientSecretService, record.id, sealed));
    expect(await openBound(deps, clientSecretService, record.id)).toMatchObject({ value: 'old-secret' });
    const stored = sealedEntry(deps.documents.current(), clientSecretService, record.id) ?? '';
    expect(stored).not.toBe(sealed);
    expect(JSON.parse((await cipher.decrypt(Buffer.from(stored, 'base64'))).plainText)).toMatchObject({ v: 3, value: 'old-secret' });
  });
});
