// Runs the path-sensitive modules with node:path replaced by path.win32, as on Windows: host paths get backslashes and drive letters, Linux-only paths stay POSIX.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Every module imported below (and what they import) sees Windows' path rules, whatever host runs the test.
vi.mock('node:path', async () => {
  const actual = await vi.importActual<typeof import('node:path')>('node:path');
  return { ...actual.win32, default: actual.win32 };
});

const { resolveBundleFile } = await import('../../../main/platform/bundle-path');
const { dataDirOverride } = await import('../../../main/platform/data-dir');
const { autostartFile } = await import('../../../main/platform/xdg-autostart');
const { linuxUserData } = await import('../../../main/platform/linux-user-data');
const { locateElectronBinary } = await import('../../support/electron-binary');
const { makeTempDir } = await import('../../support/temp-dir');

describe('under path.win32', () => {
  it('the double is in place', async () => {
    const mocked = await import('node:path');
    expect(mocked.sep).toBe('\\');
    expect(mocked.join('C:\\a', 'b')).toBe('C:\\a\\b');
  });

  it('serves app:// files from a Windows renderer folder, and still refuses escapes', () => {
    const root = 'C:\\Program Files\\akool-vault\\resources\\app.asar\\out\\renderer';
    expect(resolveBundleFile(root, 'app://akool-vault/')).toBe(`${root}\\index.html`);
    expect(resolveBundleFile(root, 'app://akool-vault/assets/index.js')).toBe(`${root}\\assets\\index.js`);
    expect(resolveBundleFile(root, 'app://akool-vault/assets/..%2f..%2fsecret')).toBeNull();
    expect(resolveBundleFile(root, 'app://akool-vault/assets%5c..%5c..%5csecret')).toBeNull();
  });

  it('takes a drive path as an absolute data dir and refuses a relative one', () => {
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: 'D:\\vaults\\test' }, false)).toEqual({ kind: 'use', dir: 'D:\\vaults\\test' });
    expect(() => dataDirOverride({ AKOOL_VAULT_DATA_DIR: 'vaults\\test' }, false)).toThrow('must be an absolute path');
  });

  it('keeps the Linux-only paths POSIX (autostart entry, pinned userData)', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/autostart/akool-vault.desktop');
    expect(autostartFile({}, '/home/ada')).toBe('/home/ada/.config/autostart/akool-vault.desktop');
    const pinned = linuxUserData({ platform: 'linux', isPackaged: true, current: '/tmp/x/akool-vault', accountHome: '/home/ada', appName: 'akool-vault', env: {} });
    expect(pinned).toEqual({ kind: 'pin', dir: '/home/ada/.config/akool-vault', ignored: [] });
  });

  it("finds Electron's Windows executable from path.txt, as node_modules/electron/index.js does", () => {
    const dir = makeTempDir();
    try {
      mkdirSync(path.join(dir.path, 'dist'));
      writeFileSync(path.join(dir.path, 'path.txt'), 'electron.exe');
      writeFileSync(path.join(dir.path, 'dist', 'electron.exe'), '');
      const found = locateElectronBinary(dir.path, {});
      expect(found.found && found.path.endsWith('\\dist\\electron.exe')).toBe(true);
      expect(locateElectronBinary(dir.path, { ELECTRON_OVERRIDE_DIST_PATH: 'E:\\electron' })).toEqual({
        found: false,
        reason: 'E:\\electron\\electron.exe does not exist',
      });
    } finally {
      dir.remove();
    }
  });
});
