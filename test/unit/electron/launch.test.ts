// Proves `npm start`'s launch path with a stand-in Electron executable: it is run on this project (so it loads out/main/index.js), its exit code comes back, and a missing binary gives one line.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { electronViteCli } from '../../../scripts/electron/electron-package';
import { launchApp } from '../../../scripts/electron/launch-app';
import { useTempDirs } from '../../support/use-temp-dirs';
import { fakeInstaller, installerRuns, makeElectronDir, standInElectronScript } from './electron-fixture';

const root = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();
/** The stand-in is a `#!/usr/bin/env node` script: Windows cannot execute it directly. */
const posix = process.platform !== 'win32';

/** The environment a user would have, minus anything that points at a real Electron. */
function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('ELECTRON_') && !key.startsWith('npm_')) env[key] = value;
  }
  return { ...env, ...extra };
}

/** An executable copy of the stand-in, and the file it will record its argv and cwd to. */
function standIn(): { path: string; record: string } {
  const dir = tempDir();
  const path = join(dir, 'electron');
  copyFileSync(standInElectronScript, path);
  chmodSync(path, 0o755);
  return { path, record: join(dir, 'record.json') };
}

function readRecord(file: string): { argv: string[]; cwd: string } {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const argv: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'argv') : undefined;
  const cwd: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'cwd') : undefined;
  if (!Array.isArray(argv) || typeof cwd !== 'string') throw new Error(`unexpected record ${file}`);
  return { argv: argv.map(String), cwd };
}

/** The file Electron runs for `electron <path>`: <path>'s package.json "main" (electron/electron default_app/main.ts, loadApplicationPackage). */
function mainFileElectronLoads(cwd: string, entry: string): string {
  return createRequire(join(resolve(cwd, entry), 'noop.js')).resolve(resolve(cwd, entry));
}

/**
 * The executable's path inside Electron's dist folder, as node_modules/electron/index.js joins it onto
 * ELECTRON_OVERRIDE_DIST_PATH (electron/electron v45.0.0-nightly.20260821 npm/index.js:30-31): path.txt's text once
 * the binary was installed (`electron.exe` on Windows, `Electron.app/Contents/MacOS/Electron` on macOS, `electron` on
 * Linux: npm/install.js:102-118, getPlatformPath), else `electron`.
 */
function executableInDist(): string {
  const pathFile = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'path.txt');
  return existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
}

const npmStart = (env: Record<string, string>) =>
  spawnSync('npm', ['start', '--', '--skipBuild'], { cwd: root, env, encoding: 'utf8', shell: process.platform === 'win32' });

describe('npm start', () => {
  beforeAll(() => {
    // electron-vite preview refuses to start without package.json "main"; build once if this checkout never built.
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      const build = spawnSync(process.execPath, [electronViteCli, 'build'], { cwd: root, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
    }
  });

  it.skipIf(!posix)('runs the Electron executable on this project, which loads out/main/index.js', () => {
    const electron = standIn();
    const run = npmStart(cleanEnv({ ELECTRON_EXEC_PATH: electron.path, STAND_IN_RECORD: electron.record }));
    expect(run.status, run.stderr).toBe(0);
    const record = readRecord(electron.record);
    expect(record.cwd).toBe(root);
    expect(record.argv).toEqual(['.']);
    expect(mainFileElectronLoads(record.cwd, record.argv[0] ?? '')).toBe(join(root, 'out', 'main', 'index.js'));
    expect(`${run.stdout}${run.stderr}`).not.toContain('cannot start');
  });

  it.skipIf(!posix)("exits with the app's own code and no fallback text when the app fails", () => {
    const electron = standIn();
    const run = npmStart(cleanEnv({ ELECTRON_EXEC_PATH: electron.path, STAND_IN_RECORD: electron.record, STAND_IN_EXIT: '7' }));
    expect(existsSync(electron.record)).toBe(true);
    expect(run.status).toBe(7);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/cannot start|npm run demo|Electron uninstall/);
  });

  it('says in one line why there is no binary and how to go on, never "Electron uninstall"', () => {
    const empty = tempDir();
    const run = npmStart(cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty }));
    expect(run.status).toBe(1);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toContain('Electron uninstall');
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('akool-vault:'));
    expect(lines).toEqual([
      `akool-vault: cannot start, no Electron binary: ELECTRON_OVERRIDE_DIST_PATH: ${join(empty, executableInDist())} does not exist. ` +
        'Instead, use "npm run demo" (the same UI in Chromium, against the sandbox), or set ELECTRON_MIRROR (a reachable mirror) or ELECTRON_OVERRIDE_DIST_PATH (a folder holding Electron).',
    ]);
  });
});

describe('launchApp', () => {
  const launch = (electronDir: string, env: Record<string, string>, reports: string[], nodeVersion = 'v22.12.0') =>
    launchApp({
      command: 'preview',
      args: ['--skipBuild'],
      cwd: root,
      electronDir,
      installer: fakeInstaller,
      env: cleanEnv(env),
      nodeVersion,
      electronViteCli,
      report: (line) => reports.push(line),
    });

  it('provisions a missing binary first, then launches it', async () => {
    const source = standIn();
    const electronDir = makeElectronDir(tempDir(), false);
    const log = join(tempDir(), 'installer.log');
    const reports: string[] = [];
    const code = await launch(
      electronDir,
      { FAKE_INSTALLER_MODE: 'download', FAKE_INSTALLER_LOG: log, FAKE_BINARY_SOURCE: source.path, STAND_IN_RECORD: source.record },
      reports,
    );
    expect(installerRuns(log).map((run) => run.mode)).toEqual(['download']);
    if (posix) {
      expect(code).toBe(0);
      expect(readRecord(source.record).argv).toEqual(['.']);
    }
    expect(reports).toEqual([]);
  });

  it('launches a binary that is already there without running the installer, so a download failure cannot stop it', async () => {
    const source = standIn();
    const electronDir = makeElectronDir(tempDir(), true);
    copyFileSync(source.path, join(electronDir, 'dist', 'electron'));
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755);
    const log = join(tempDir(), 'installer.log');
    const reports: string[] = [];
    const code = await launch(electronDir, { FAKE_INSTALLER_MODE: 'fail', FAKE_INSTALLER_LOG: log, STAND_IN_RECORD: source.record }, reports);
    expect(installerRuns(log)).toEqual([]);
    expect(reports).toEqual([]);
    if (posix) {
      expect(code).toBe(0);
      expect(existsSync(source.record)).toBe(true);
    }
  });

  it('on a Node older than 22.12, says once that installing Electron needs 22.12, and still starts an Electron that is there', async () => {
    const source = standIn();
    const electronDir = makeElectronDir(tempDir(), true);
    copyFileSync(source.path, join(electronDir, 'dist', 'electron'));
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755);
    const reports: string[] = [];
    const code = await launch(electronDir, { STAND_IN_RECORD: source.record }, reports, 'v20.19.0');
    expect(reports).toEqual([expect.stringMatching(/^akool-vault \(note\): this is Node v20\.19\.0; installing Electron needs Node >= 22\.12 /)]);
    if (posix) {
      expect(code).toBe(0);
      expect(existsSync(source.record)).toBe(true);
    }
  });

  it("reports the download error's first line and never starts electron-vite when provisioning fails", async () => {
    const electronDir = makeElectronDir(tempDir(), false);
    const reports: string[] = [];
    const code = await launch(electronDir, { FAKE_INSTALLER_MODE: 'fail' }, reports);
    expect(code).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(
      /^akool-vault: cannot start, no Electron binary: downloading Electron 45\.4\.1 failed: HTTPError: Response code 404 \(Not Found\) for https:\/\/mirror\.invalid\/v45\.4\.1\/electron\.zip\. Instead, use "npm run demo"/,
    );
  });

  it('refuses an ELECTRON_EXEC_PATH that does not exist, with one line', async () => {
    const reports: string[] = [];
    const missing = join(tempDir(), 'nothing-here');
    const code = await launch(makeElectronDir(tempDir(), true), { ELECTRON_EXEC_PATH: missing }, reports);
    expect(code).toBe(1);
    expect(reports).toEqual([expect.stringContaining(`no Electron binary: ELECTRON_EXEC_PATH ${missing} does not exist.`)]);
  });
});
