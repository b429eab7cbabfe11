// Cipher port over Electron's asynchronous safeStorage API; use only after app.whenReady(). Must not import core services.
import { safeStorage } from 'electron';
import type { Cipher } from '../core/ports';
import { judgeSafeStorageSeal, platformProtection } from './platform-protection';

export function createSafeStorageCipher(): Cipher {
  return {
    protection: async () => {
      // Electron apps under the basic_text backend were reported to get "encryption unavailable" unless this was called
      // first (element-hq/element-desktop#2343 calls it before the availability check for that reason); with it,
      // IsAsyncEncryptionAvailable answers true at once for basic_text (electron/electron
      // shell/browser/api/electron_api_safe_storage.cc, use_password_v10_). It is a no-op elsewhere and only makes
      // `v10` sealing possible: the protection policy still refuses to store until the user opts in.
      if (process.platform === 'linux') safeStorage.setUsePlainTextEncryption(true);
      return platformProtection(process.platform, await safeStorage.isAsyncEncryptionAvailable(), () =>
        safeStorage.getSelectedStorageBackend(),
      );
    },
    encrypt: async (plainText) => safeStorage.encryptStringAsync(plainText),
    // electron.d.ts DecryptStringAsyncReturnValue: { shouldReEncrypt, result }; true after a key rotation or upgrade.
    decrypt: async (cipherText) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipherText));
      return { plainText: result, shouldReEncrypt };
    },
    judgeSeal: (cipherText) => judgeSafeStorageSeal(process.platform, cipherText),
  };
}
