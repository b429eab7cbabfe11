// Follows the launchAtLogin setting: Electron login items on macOS and Windows, an XDG autostart entry on Linux. Must not import core services.
import { homedir } from 'node:os';
import { app } from 'electron';
import { ipcEvent } from '../../preload/contract';
import type { VaultRuntime } from '../compose-vault';
import type { Logger } from '../core/ports';
import { loginItemMethod, syncLoginItem } from './login-item';
import { autostartFile, launchExecutable, setAutostart } from './xdg-autostart';

/** Returns the function to call with the current setting at start and after every change. */
function createLaunchAtLogin(logger: Logger): (openAtLogin: boolean) => void {
  const method = loginItemMethod(process.platform, app.isPackaged);
  return syncLoginItem((openAtLogin) => {
    try {
      if (method === 'electron') app.setLoginItemSettings({ openAtLogin });
      if (method === 'xdg-autostart') {
        setAutostart(openAtLogin, autostartFile(process.env, homedir()), launchExecutable(process.env, process.execPath));
      }
      if (method === 'none' && openAtLogin) logger.info('launch at login is not applied to an unpackaged run');
    } catch {
      logger.warn('could not change launch at login');
    }
  });
}

/** Applies the setting now and again whenever the vault reports a change that altered it. Returns a function that stops following. */
export function followLaunchAtLogin(runtime: Pick<VaultRuntime, 'state' | 'onEvent'>, logger: Logger): () => void {
  const apply = createLaunchAtLogin(logger);
  const accountsChanged = ipcEvent('accountsChanged');
  apply(runtime.state().settings.launchAtLogin);
  return runtime.onEvent((channel) => {
    if (channel === accountsChanged) apply(runtime.state().settings.launchAtLogin);
  });
}
