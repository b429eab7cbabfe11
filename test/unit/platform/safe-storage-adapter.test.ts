// Proves the safeStorage adapter turns plain-text encryption on before asking on Linux only, and keeps shouldReEncrypt. The real API is asserted in test/e2e/keyring.spec.ts.
import { describe, expect, it } from 'vitest';
import { cipherOverSafeStorage, type SafeStorageApi } from '../../../main/platform/safe-storage-adapter';

/** A stand-in with safeStorage's shape that records the order of calls; answers as `basic_text` does once enabled. */
function standIn(backend: string, shouldReEncrypt = false) {
  const calls: string[] = [];
  let plainTextAllowed = false;
  const storage: SafeStorageApi = {
    setUsePlainTextEncryption: (usePlainText) => {
      calls.push(`setUsePlainTextEncryption(${String(usePlainText)})`);
      plainTextAllowed = usePlainText;
    },
    isAsyncEncryptionAvailable: async () => {
      calls.push('isAsyncEncryptionAvailable');
      return backend !== 'basic_text' || plainTextAllowed;
    },
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plainText) => Buffer.concat([Buffer.from('v10'), Buffer.from(plainText)]),
    decryptStringAsync: async (encrypted) => ({ shouldReEncrypt, result: encrypted.subarray(3).toString() }),
  };
  return { storage, calls };
}

describe('cipherOverSafeStorage', () => {
  it('on Linux with basic_text, enables plain-text encryption before the availability check, so the weak opt-in is reachable', async () => {
    const { storage, calls } = standIn('basic_text');
    expect(await cipherOverSafeStorage(storage, 'linux').protection()).toEqual({ available: true, backend: 'basic_text', weak: true });
    expect(calls).toEqual(['setUsePlainTextEncryption(true)', 'isAsyncEncryptionAvailable']);
  });

  it('leaves macOS and Windows alone', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { storage, calls } = standIn('unknown');
      expect((await cipherOverSafeStorage(storage, platform).protection()).weak).toBe(false);
      expect(calls).toEqual(['isAsyncEncryptionAvailable']);
    }
  });

  it('passes shouldReEncrypt through with the decrypted text, and judges seals by their prefix', async () => {
    const { storage } = standIn('gnome_libsecret', true);
    const cipher = cipherOverSafeStorage(storage, 'linux');
    const sealed = await cipher.encrypt('secret');
    expect(await cipher.decrypt(sealed)).toEqual({ plainText: 'secret', shouldReEncrypt: true });
    expect(cipher.judgeSeal(sealed)).toEqual({ level: 'weak', mark: 'v10' });
  });
});
