// Proves the start-up pass migrates a pre-binding vault once, keeps every account when it cannot finish, and saves in one write.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientSecretService, tokenService } from '../../../../main/core/accounts/account-records';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { KeyValueStore, Protection } from '../../../../main/core/ports';
import { readEnvelope } from '../../../../main/core/vault/seal-envelope';
import { upgradeSeals } from '../../../../main/core/accounts/seal-upgrade';
import { guardSealing } from '../../../../main/core/vault/sealing-guard';
import { createSecretVault, sealedEntry } from '../../../../main/core/vault/secret-vault';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../../../main/node/open-conf-store';
import { makeToken } from '../../../adversarial/support/tokens';
import { createFakeClock } from '../../../support/fake-clock';
import { writeLegacyVault } from '../../../support/legacy-vault';
import { createMemoryLogger } from '../../../support/memory-logger';
import { useTempDirs } from '../../../support/use-temp-dirs';

const strong: Protection = { available: true, backend: 'gnome_libsecret', weak: false };
const weak: Protection = { available: true, backend: 'basic_text', weak: true };

const legacyAccounts = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    baseUrl: `https://api-${index}.example`,
    clientId: `client-${index}`,
    clientSecret: `secret-${index}`,
    token: makeToken({ exp: 4_102_444_800 }),
  }));

/** Counts whole-file writes. */
const counting = (store: KeyValueStore) => {
  const counter = { writes: 0 };
  const wrapped: KeyValueStore = {
    path: store.path,
    read: () => store.read(),
    moveAside: (suffix) => store.moveAside(suffix),
    write: (document) => {
      counter.writes += 1;
      store.write(document);
    },
  };
  return { wrapped, counter };
};

describe('upgradeSeals', () => {
  const tempDir = useTempDirs();

  const start = (dir: string, key: Uint8Array, protection: Protection = strong) => {
    const { wrapped, counter } = counting(openConfStore(dir));
    const cipher = createAesGcmCipher(key, protection);
    const documents = guardSealing(openDocumentStore(wrapped, createFakeClock(), createMemoryLogger()), protection, cipher.judgeSeal);
    return { documents, cipher, counter, run: () => upgradeSeals({ documents, cipher, clock: createFakeClock(), protection }, createMemoryLogger()) };
  };

  it('binds every legacy seal in one write, marks the file, keeps every account, and has nothing to do the next time', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const accounts = legacyAccounts(3);
    const ids = await writeLegacyVault(dir, key, accounts);
    const first = start(dir, key);
    expect(await first.run()).toEqual({ opened: 6, sealedAgain: 6, failed: 0 });
    // The re-seals and the marker: one write.
    expect(first.counter.writes).toBe(1);
    const document = first.documents.current();
    expect(document.seals).toBe('bound');
    expect(document.accounts.map((record) => record.id)).toEqual(ids);
    for (const [index, id] of ids.entries()) {
      const sealed = sealedEntry(document, clientSecretService, id) ?? '';
      const { plainText } = await first.cipher.decrypt(Buffer.from(sealed, 'base64'));
      expect(readEnvelope(plainText)).toEqual({
        kind: 'bound',
        version: 3,
        value: accounts[index]?.clientSecret,
        binding: { accountId: id, kind: clientSecretService, baseUrl: accounts[index]?.baseUrl, clientId: accounts[index]?.clientId },
      });
    }
    const second = start(dir, key);
    expect(await second.run()).toEqual({ opened: 6, sealedAgain: 0, failed: 0 });
    expect(second.counter.writes).toBe(0);
  });

  it('stays unmigrated, keeping the seal it could not open as it was, and finishes on a later start', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const ids = await writeLegacyVault(dir, key, legacyAccounts(2));
    // One token sealed under a key this machine does not have (a keyring that is locked this time, say).
    const elsewhere = start(dir, randomBytes(32));
    await createSecretVault(elsewhere.documents, elsewhere.cipher).setPassword(tokenService, ids[1] ?? '', 'sealed elsewhere');
    const stranded = sealedEntry(elsewhere.documents.current(), tokenService, ids[1] ?? '');

    const partial = start(dir, key);
    const written = partial.counter.writes;
    // Nothing is re-sealed: one bound seal beside legacy ones would make the file refuse the legacy ones.
    expect(await partial.run()).toEqual({ opened: 3, sealedAgain: 0, failed: 1 });
    expect(partial.counter.writes).toBe(written);
    expect(partial.documents.current().seals).toBeUndefined();
    expect(partial.documents.current().accounts.map((record) => record.id)).toEqual(ids);
    expect(sealedEntry(partial.documents.current(), tokenService, ids[1] ?? '')).toBe(stranded);

    await createSecretVault(partial.documents, partial.cipher).setPassword(tokenService, ids[1] ?? '', 'sealed here again');
    const later = start(dir, key);
    expect(await later.run()).toEqual({ opened: 4, sealedAgain: 4, failed: 0 });
    expect(later.documents.current().seals).toBe('bound');
  });

  it('writes nothing when the protection policy refuses to seal (weak, no opt-in), and keeps the legacy seals usable', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const ids = await writeLegacyVault(dir, key, legacyAccounts(1));
    const refused = start(dir, key, weak);
    expect(await refused.run()).toEqual({ opened: 2, sealedAgain: 0, failed: 2 });
    expect(refused.counter.writes).toBe(0);
    expect(refused.documents.current().seals).toBeUndefined();
    expect(refused.documents.current().accounts.map((record) => record.id)).toEqual(ids);
  });
});
