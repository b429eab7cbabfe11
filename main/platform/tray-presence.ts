// What closing the window does per platform and setting: keep running in the tray or quit, whether to start hidden, and the one-time notice saying how to get back. Must not import electron.
import type { Settings } from '../../preload/contract';

/**
 * keepInTray until the user chooses. macOS always has the Dock icon (app 'activate' reveals the window) and Windows
 * always has a notification area. Linux may have no tray at all: Electron's Tray shows an app indicator
 * (StatusNotifierItem) where the desktop hosts one, else a GtkStatusIcon (electron/electron docs/api/tray.md, platform
 * limitations), and stock GNOME hosts neither without the AppIndicator extension; GTK's own docs warn that "the
 * notification area may not exist". electron.d.ts `Tray` has no call that says whether the icon is visible, so Linux
 * (and anything else) quits on close by default.
 */
export function keepInTrayByDefault(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** Starting hidden only makes sense when the app stays in the tray; otherwise the window shows, or nothing would. */
export function showWindowAtStart(settings: Pick<Settings, 'startHidden' | 'keepInTray'>): boolean {
  return !(settings.startHidden && settings.keepInTray);
}

/** The first-close notice: that akool-vault still runs, how to bring the window back on this platform, and how to stop it. */
export function closeHintFor(platform: NodeJS.Platform): { title: string; body: string } {
  const back =
    platform === 'darwin'
      ? 'Click its menu bar icon or its Dock icon to open it again.'
      : platform === 'win32'
        ? 'Click its icon in the notification area (under ^ if hidden), or start akool-vault again, to open it.'
        : 'Click its tray icon, or start akool-vault again from your applications, to open it.';
  return {
    title: 'akool-vault is still running',
    body: `${back} Choose Quit in the tray menu to stop it, or turn off “Keep running in the tray” in Settings.`,
  };
}
