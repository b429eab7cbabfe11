// Proves the CLI finds the app's data directory as Electron's userData does on each OS, and honours AKOOL_VAULT_DATA_DIR.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir } from '../../../cli/data-dir';

const paths = { posix, win32 };

describe('appDataDir', () => {
  it('uses AKOOL_VAULT_DATA_DIR first', () => {
    expect(appDataDir({ platform: 'linux', env: { AKOOL_VAULT_DATA_DIR: '/srv/vault' }, homedir: '/home/me' }, paths)).toBe('/srv/vault');
  });

  it('follows Electron userData: %APPDATA% on Windows, Application Support on macOS, ~/.config on Linux', () => {
    expect(appDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Me\\AppData\\Roaming' }, homedir: 'C:\\Users\\Me' }, paths)).toBe(
      'C:\\Users\\Me\\AppData\\Roaming\\akool-vault',
    );
    expect(appDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\Me' }, paths)).toBe('C:\\Users\\Me\\AppData\\Roaming\\akool-vault');
    expect(appDataDir({ platform: 'darwin', env: {}, homedir: '/Users/me' }, paths)).toBe('/Users/me/Library/Application Support/akool-vault');
    expect(appDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/elsewhere' }, homedir: '/home/me' }, paths)).toBe('/home/me/.config/akool-vault');
  });
});
