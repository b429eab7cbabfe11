// KeyValueStore port over electron-store (vault.json in userData, mode 0600). Must not import core services.
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { createConfBackedStore, vaultFileName } from '../node/conf-store';
import type { KeyValueStore } from '../core/ports';

/** The ipcMain channel electron-store listens on; its answer (the userData path) goes to any renderer that asks. */
export const electronStoreIpcChannel = 'electron-store-get-data';

/** `<name>.json` in userData: the vault file unless named. */
export function createElectronStore(userDataDir: string, name = vaultFileName): KeyValueStore {
  // electron-store adds that listener on its first construction. Add it now rather than at the lazy first
  // open, so that registerIpc, which runs later, reliably removes it.
  ElectronStore.initRenderer();
  const open = (): ElectronStore =>
    new ElectronStore({
      name,
      cwd: userDataDir,
      configFileMode: 0o600,
      clearInvalidConfig: false,
      watch: false,
    });
  return createConfBackedStore(open, join(userDataDir, `${name}.json`));
}
