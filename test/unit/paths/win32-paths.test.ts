// Runs the path-sensitive modules with node:path replaced by path.win32, as on Windows: host paths get backslashes and drive letters, Linux-only paths stay POSIX.
import { describe, expect, it, vi } from 'vitest';

// Every module imported below (and what they import) sees Windows' path rules, whatever host runs the test.
vi.mock('node:path', async () => {
  const actual = await vi.importActual<typeof import('node:path')>('node:path');
  return { ...actual.win32, default: actual.win32 };
});

/** An installed node_modules/electron on a Windows disk: Windows paths cannot be real files on a POSIX host. */
const windowsFiles = vi.hoisted(() => new Map([['C:\\npm\\electron\\path.txt', 'electron.exe'], ['C:\\npm\\electron\\dist\\electron.exe', '']]));
vi.mock('node:fs', async () => {
  const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    existsSync: (file: string) => windowsFiles.has(String(file)) || actual.existsSync(file),
    readFileSync: (file: string, options: BufferEncoding) => windowsFiles.get(String(file)) ?? actual.readFileSync(file, options),
  };
});

const { resolveBundleFile } = await import('../../../main/platform/bundle-path');
const { dataDirOverride } = await import('../../../main/platform/data-dir');
const { autostartFile } = await import('../../../main/platform/xdg-autostart');
const { linuxUserData } = await import('../../../main/platform/linux-user-data');
const { locateElectronBinary } = await import('../../support/electron-binary');

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
    expect(locateElectronBinary('C:\\npm\\electron', {})).toEqual({ found: true, path: 'C:\\npm\\electron\\dist\\electron.exe' });
    expect(locateElectronBinary('C:\\npm\\electron', { ELECTRON_OVERRIDE_DIST_PATH: 'E:\\electron' })).toEqual({
      found: false,
      reason: 'E:\\electron\\electron.exe does not exist',
    });
  });
});
