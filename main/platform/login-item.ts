// Decides how "launch at login" is applied on this platform and applies it only when the setting changes. Must not import electron.

/** macOS and Windows have Electron's login items; Linux gets an XDG autostart entry; an unpackaged run registers nothing. */
export type LoginItemMethod = 'electron' | 'xdg-autostart' | 'none';

/** An unpackaged run would register the bare Electron binary, which opens Electron's default app at login. */
export function loginItemMethod(platform: NodeJS.Platform, isPackaged: boolean): LoginItemMethod {
  if (!isPackaged) return 'none';
  if (platform === 'darwin' || platform === 'win32') return 'electron';
  return platform === 'linux' ? 'xdg-autostart' : 'none';
}

/** Returns a function to call with the current setting (at start and after every change); `apply` runs only on a change. */
export function syncLoginItem(apply: (openAtLogin: boolean) => void): (openAtLogin: boolean) => void {
  let applied: boolean | null = null;
  return (openAtLogin) => {
    if (openAtLogin === applied) return;
    apply(openAtLogin);
    applied = openAtLogin;
  };
}
