// Cipher port over Electron's asynchronous safeStorage API; use only after app.whenReady(). Must not import core services.
import { safeStorage } from 'electron';
import type { Cipher } from '../core/ports';
import { cipherOverSafeStorage } from './safe-storage-adapter';

export function createSafeStorageCipher(): Cipher {
  return cipherOverSafeStorage(safeStorage, process.platform);
}
