// Proves the provisioning step against a fake install-electron in real processes: present, downloaded, failed, skipped, overridden.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLine, nodeHint, provisionElectron, skipRequested } from '../../../scripts/electron/provision';
import { postinstallLine } from '../../../scripts/electron/provision-messages';
import { useTempDirs } from '../../support/use-temp-dirs';
import { fakeInstaller, installerRuns, makeElectronDir } from './electron-fixture';

const root = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();
const currentNode = 'v22.12.0';

function setUp(withBinary: boolean, mode: string, extraEnv: Record<string, string> = {}) {
  const electronDir = makeElectronDir(tempDir(), withBinary);
  const log = join(tempDir(), 'installer.log');
  const env = { PATH: process.env['PATH'], FAKE_INSTALLER_MODE: mode, FAKE_INSTALLER_LOG: log, ...extraEnv };
  return { electronDir, log, run: () => provisionElectron({ electronDir, installer: fakeInstaller, env, nodeVersion: currentNode }) };
}

describe('provisionElectron', () => {
  it('reports a binary that is already there as present, after asking the installer (which exits 0 at once)', () => {
    const { electronDir, log, run } = setUp(true, 'present');
    expect(run()).toEqual({ state: 'present', path: join(electronDir, 'dist', 'electron') });
    expect(installerRuns(log)).toEqual([{ mode: 'present', noProgress: '1' }]);
  });

  it('reports a binary the installer fetched as downloaded, and finds it where path.txt says', () => {
    const { electronDir, log, run } = setUp(false, 'download');
    const result = run();
    expect(result).toEqual({ state: 'downloaded', path: join(electronDir, 'dist', 'electron') });
    expect(existsSync(join(electronDir, 'dist', 'electron'))).toBe(true);
    expect(installerRuns(log)).toHaveLength(1);
  });

  it("reports a failed download with the error's first line and the Electron release", () => {
    const { run } = setUp(false, 'fail');
    expect(run()).toEqual({
      state: 'failed',
      reason: 'downloading Electron 45.4.1 failed: HTTPError: Response code 404 (Not Found) for https://mirror.invalid/v45.4.1/electron.zip',
    });
  });

  it('prints a failed download through an ELECTRON_MIRROR with credentials without them, in the reason and the printed line', () => {
    const mirror = 'https://ci-user:token-canary-7f3a@mirror.example/electron/';
    const { run } = setUp(false, 'fail-mirror', { ELECTRON_MIRROR: mirror });
    const result = run();
    expect(result).toEqual({
      state: 'failed',
      reason: 'downloading Electron 45.4.1 failed: HTTPError: Response code 401 (Unauthorized) for https://***@mirror.example/electron/v45.4.1/electron.zip',
    });
    const line = postinstallLine(result);
    expect(line).toContain('https://***@mirror.example/');
    for (const secret of ['token-canary-7f3a', 'ci-user']) expect(line).not.toContain(secret);
  });

  it('names the Node version when a download fails on a Node older than the installer needs', () => {
    const electronDir = makeElectronDir(tempDir(), false);
    const env = { PATH: process.env['PATH'], FAKE_INSTALLER_MODE: 'fail' };
    const result = provisionElectron({ electronDir, installer: fakeInstaller, env, nodeVersion: 'v20.20.2' });
    expect(result.state === 'failed' && result.reason).toMatch(/404 \(Not Found\).* \(Electron's installer needs Node >= 22\.12; this is Node v20\.20\.2\)$/);
  });

  it('does not run the installer when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says it skipped', () => {
    const { log, run } = setUp(false, 'download', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run()).toEqual({ state: 'skipped', reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' });
    expect(installerRuns(log)).toEqual([]);
  });

  it('still reports a binary that is there as present when the download is skipped', () => {
    const { electronDir, run } = setUp(true, 'fail', { ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' });
    expect(run()).toEqual({ state: 'present', path: join(electronDir, 'dist', 'electron') });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as electron/index.js does, without running the installer', () => {
    const override = makeElectronDir(tempDir(), true);
    const present = setUp(false, 'download', { ELECTRON_OVERRIDE_DIST_PATH: join(override, 'dist') });
    expect(present.run()).toEqual({ state: 'present', path: join(override, 'dist', 'electron') });
    const empty = tempDir();
    const missing = setUp(false, 'download', { ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(missing.run()).toEqual({ state: 'failed', reason: `ELECTRON_OVERRIDE_DIST_PATH: ${join(empty, 'electron')} does not exist` });
    expect([...installerRuns(present.log), ...installerRuns(missing.log)]).toEqual([]);
  });

  it('fails when the installer exits 0 but left no binary', () => {
    const { electronDir, run } = setUp(false, 'present');
    expect(run()).toEqual({
      state: 'failed',
      reason: `install-electron finished but node_modules/electron/path.txt is missing, the binary was never downloaded`,
    });
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
  });

  it('fails with a reason when the installer cannot be started', () => {
    const electronDir = makeElectronDir(tempDir(), false);
    const result = provisionElectron({ electronDir, installer: [join(electronDir, 'no-such-installer')], env: {}, nodeVersion: currentNode });
    expect(result.state).toBe('failed');
    expect(result.state === 'failed' && result.reason).toMatch(/^could not run install-electron: .*ENOENT/);
  });
});

describe('provisioning helpers', () => {
  it('takes the first non-empty line, trimmed and capped', () => {
    expect(firstLine('\n\n  TypeError: fetch failed  \n    at x\n')).toBe('TypeError: fetch failed');
    expect(firstLine(' \n')).toBeNull();
    expect(firstLine('x'.repeat(300))).toBe(`${'x'.repeat(240)}…`);
  });

  it('reads ELECTRON_SKIP_BINARY_DOWNLOAD as set for any value but empty, 0 or false', () => {
    expect([undefined, '', '0', 'false', 'FALSE'].map((value) => skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: value }))).toEqual([false, false, false, false, false]);
    expect(['1', 'true', 'yes'].map((value) => skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: value }))).toEqual([true, true, true]);
  });

  it('hints at Node only below 22.12', () => {
    expect(nodeHint('v22.11.9')).toContain('needs Node >= 22.12');
    expect(nodeHint('v20.19.0')).toContain('this is Node v20.19.0');
    expect(nodeHint('v22.12.0')).toBe('');
    expect(nodeHint('v24.1.0')).toBe('');
  });

  it('prints one line per outcome, and names the way on when there is no binary', () => {
    const lines = [
      postinstallLine({ state: 'present', path: '/e' }),
      postinstallLine({ state: 'downloaded', path: '/e' }),
      postinstallLine({ state: 'skipped', reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' }),
      postinstallLine({ state: 'failed', reason: 'downloading Electron 45.4.1 failed: TypeError: fetch failed' }),
    ];
    for (const line of lines) expect(line).not.toContain('\n');
    for (const line of lines.slice(2)) expect(line).toMatch(/npm run demo.*ELECTRON_MIRROR.*ELECTRON_OVERRIDE_DIST_PATH/);
    expect(lines[3]).toContain('TypeError: fetch failed');
  });
});

describe('postinstall (the real script, as npm runs it)', () => {
  const runPostinstall = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'electron', 'postinstall.ts')], {
      cwd: root,
      env: { PATH: process.env['PATH'], ...env },
      encoding: 'utf8',
    });

  it('exits 0 with one line on stdout when no binary can be had', () => {
    const empty = tempDir();
    const run = runPostinstall({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `${postinstallLine({ state: 'failed', reason: `ELECTRON_OVERRIDE_DIST_PATH: ${join(empty, 'electron')} does not exist` })}\n`,
    );
  });

  it('exits 0 with one line when the download is skipped', () => {
    const run = runPostinstall({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stdout).toMatch(/^akool-vault: Electron binary (ready|not downloaded \(ELECTRON_SKIP_BINARY_DOWNLOAD is set\))/);
  });
});
