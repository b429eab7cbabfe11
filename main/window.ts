// Creates the hardened main window and the guards every web contents gets: no popups, navigation, webviews or permissions. Must not import core, ipc or node adapters.
import { BrowserWindow, type Session, type WebContents } from 'electron';
import type { Logger } from './core/ports';
import { isNavigationAllowed } from './platform/navigation-policy';
import { buildWindowOptions } from './platform/window-options';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  devTools: boolean;
  logger: Logger;
}

/** Denies every permission request and check (camera, notifications from the page, clipboard-read, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** For every web contents (wired to app 'web-contents-created'): deny window.open, navigation elsewhere and <webview>. */
export function hardenContents(contents: WebContents, logger: Logger): void {
  const stayOnPage = (event: { url: string; preventDefault(): void }): void => {
    if (isNavigationAllowed(contents.getURL(), event.url)) return;
    event.preventDefault();
    logger.warn('blocked a navigation away from the vault page');
  };
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', stayOnPage);
  contents.on('will-redirect', stayOnPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hidden until ready-to-show, so no blank frame flashes. */
export function createMainWindow({ preloadPath, url, devTools, logger }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, devTools }));
  window.once('ready-to-show', () => window.show());
  window.webContents.loadURL(url).catch(() => logger.error('the vault page failed to load'));
  return window;
}
