// Proves where the app listens for the CLI on each OS: a named pipe on Windows, else a socket path within macOS's 104 bytes, per data directory.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointFor, maxSocketPathBytes } from '../../../../main/node/cli-channel/socket-path';

const paths = { posix, win32 };

describe('endpointFor', () => {
  it('uses a named pipe on Windows, the same for the same data directory whatever its case or form', () => {
    const one = endpointFor({ platform: 'win32', dataDir: 'C:\\Users\\Me\\AppData\\Roaming\\akool-vault', runtimeDir: undefined, tmpDir: 'C:\\Temp' }, paths);
    const same = endpointFor({ platform: 'win32', dataDir: 'c:\\users\\me\\appdata\\roaming\\akool-vault\\', runtimeDir: undefined, tmpDir: 'C:\\Temp' }, paths);
    expect(one.path).toMatch(/^\\\\\.\\pipe\\akool-vault-[0-9a-f]{16}$/);
    expect(same.path).toBe(one.path);
    expect(one.kind).toBe('pipe');
  });

  it('prefers $XDG_RUNTIME_DIR, and tells two data directories apart', () => {
    const place = { platform: 'linux' as const, dataDir: '/home/me/.config/akool-vault', runtimeDir: '/run/user/1000', tmpDir: '/tmp' };
    const endpoint = endpointFor(place, paths);
    expect(endpoint).toMatchObject({ kind: 'socket', path: expect.stringMatching(/^\/run\/user\/1000\/akool-vault-[0-9a-f]{16}\/cli\.sock$/) });
    expect(endpointFor({ ...place, dataDir: '/tmp/other-vault' }, paths).path).not.toBe(endpoint.path);
  });

  it('uses the data directory without $XDG_RUNTIME_DIR (macOS), and the temp directory when that would pass 104 bytes', () => {
    const mac = { platform: 'darwin' as const, dataDir: '/Users/me/Library/Application Support/akool-vault', runtimeDir: undefined, tmpDir: '/var/folders/xy/abc/T' };
    expect(endpointFor(mac, paths).path).toBe('/Users/me/Library/Application Support/akool-vault/run/cli.sock');
    const deep = { ...mac, dataDir: `/Users/me/${'nested/'.repeat(12)}akool-vault` };
    const endpoint = endpointFor(deep, paths);
    expect(endpoint.path.startsWith('/var/folders/xy/abc/T/akool-vault-')).toBe(true);
    expect(Buffer.byteLength(endpoint.path)).toBeLessThanOrEqual(maxSocketPathBytes);
  });

  it('ignores a relative $XDG_RUNTIME_DIR and throws when no candidate fits', () => {
    const place = { platform: 'linux' as const, dataDir: '/home/me/.config/akool-vault', runtimeDir: 'run/user', tmpDir: '/tmp' };
    expect(endpointFor(place, paths).path).toBe('/home/me/.config/akool-vault/run/cli.sock');
    const long = '/x'.repeat(60);
    expect(() => endpointFor({ ...place, dataDir: long, tmpDir: long }, paths)).toThrow(/104|103/);
  });
});
