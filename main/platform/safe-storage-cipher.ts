// Cipher port over Electron's asynchronous safeStorage API; use only after app.whenReady(). Must not import core services.
import { safeStorage } from 'electron';
import type { Cipher } from '../core/ports';
import { platformProtection } from './platform-protection';

export function createSafeStorageCipher(): Cipher {
  return {
    protection: async () =>
      platformProtection(process.platform, await safeStorage.isAsyncEncryptionAvailable(), () =>
        safeStorage.getSelectedStorageBackend(),
      ),
    encrypt: async (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: async (cipherText) => (await safeStorage.decryptStringAsync(Buffer.from(cipherText))).result,
  };
}
