// The guards every web contents gets: no popups, no navigation away, no <webview>, every permission denied. Must not import electron values.
import type { Logger } from '../core/ports';
import { isNavigationAllowed } from './navigation-policy';

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** What the guards use of Electron's Session; a real Session fits. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** What the guards use of Electron's WebContents; a real WebContents fits. */
export interface GuardedContents {
  getURL(): string;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

/** Denies every permission request and check (camera, notifications from the page, clipboard-read, …). */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** For every web contents (wired to app 'web-contents-created'): deny window.open, navigation elsewhere and <webview>. */
export function hardenContents(contents: GuardedContents, logger: Logger): void {
  const stayOnPage = (event: NavigationEvent): void => {
    if (isNavigationAllowed(contents.getURL(), event.url)) return;
    event.preventDefault();
    logger.warn('blocked a navigation away from the vault page');
  };
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', stayOnPage);
  contents.on('will-redirect', stayOnPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
