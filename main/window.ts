// Creates the hardened main window and hands out the guards every web contents gets: no popups, navigation, webviews or permissions. Must not import core, ipc or node adapters.
import { BrowserWindow } from 'electron';
import type { Logger } from './core/ports';
import { buildWindowOptions } from './platform/window-options';

export { denyAllPermissions, hardenContents } from './platform/content-guards';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  devTools: boolean;
  /** False keeps the window hidden (start hidden in the tray): the page still loads, so it gets events and opens fast. */
  show: boolean;
  logger: Logger;
}

/** Hidden until ready-to-show, so no blank frame flashes. */
export function createMainWindow({ preloadPath, url, devTools, show, logger }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, devTools }));
  if (show) window.once('ready-to-show', () => window.show());
  window.webContents.loadURL(url).catch(() => logger.error('the vault page failed to load'));
  return window;
}
