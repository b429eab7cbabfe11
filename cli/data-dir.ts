// Finds the app's data directory as the app does: AKOOL_VAULT_DATA_DIR, else Electron's userData for the product name on each OS. Imports node:path types only.
import type { PlatformPath } from 'node:path';

export const dataDirVariable = 'AKOOL_VAULT_DATA_DIR';
const productName = 'akool-vault';

export interface DataDirPlace {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
}

/**
 * Electron's appData is `~/Library/Application Support` on macOS, `%APPDATA%` on Windows and `~/.config` on Linux
 * (electron/electron docs/api/app.md, app.getPath('appData')); userData adds the product name. A packaged Linux app
 * pins ~/.config whatever XDG_CONFIG_HOME says (main/platform/linux-user-data.ts), so this does too.
 */
export function appDataDir(place: DataDirPlace, paths: { posix: PlatformPath; win32: PlatformPath }): string {
  const override = place.env[dataDirVariable];
  if (override !== undefined && override !== '') return override;
  if (place.platform === 'win32') {
    const appData = place.env['APPDATA'];
    return paths.win32.join(appData !== undefined && appData !== '' ? appData : paths.win32.join(place.homedir, 'AppData', 'Roaming'), productName);
  }
  if (place.platform === 'darwin') return paths.posix.join(place.homedir, 'Library', 'Application Support', productName);
  return paths.posix.join(place.homedir, '.config', productName);
}
