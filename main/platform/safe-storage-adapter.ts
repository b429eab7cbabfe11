// The Cipher port over any object shaped like Electron's safeStorage: weak opt-in reachable, shouldReEncrypt kept, seals judged by prefix. Must not import electron (tests pass a stand-in).
import type { Cipher } from '../core/ports';
import { judgeSafeStorageSeal, platformProtection } from './platform-protection';

/** The part of Electron's safeStorage the vault uses (electron.d.ts, SafeStorage). */
export interface SafeStorageApi {
  setUsePlainTextEncryption(usePlainText: boolean): void;
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
}

export function cipherOverSafeStorage(storage: SafeStorageApi, platform: NodeJS.Platform): Cipher {
  return {
    protection: async () => {
      // Under basic_text, Electron reports availability only after setUsePlainTextEncryption(true) (added for exactly
      // this case in electron/electron#38873; observed with Electron 42 in daintreehq/daintree#12614;
      // element-hq/element-desktop#2343 calls it before the check), and then IsAsyncEncryptionAvailable answers true at
      // once (electron/electron shell/browser/api/electron_api_safe_storage.cc, use_password_v10_). It is a no-op
      // elsewhere and only makes `v10` sealing possible: the protection policy still refuses to store until the user
      // opts in.
      if (platform === 'linux') storage.setUsePlainTextEncryption(true);
      return platformProtection(platform, await storage.isAsyncEncryptionAvailable(), () => storage.getSelectedStorageBackend());
    },
    encrypt: async (plainText) => storage.encryptStringAsync(plainText),
    // electron.d.ts DecryptStringAsyncReturnValue: { shouldReEncrypt, result }; true after a key rotation or upgrade.
    decrypt: async (cipherText) => {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(cipherText));
      return { plainText: result, shouldReEncrypt };
    },
    judgeSeal: (cipherText) => judgeSafeStorageSeal(platform, cipherText),
  };
}
