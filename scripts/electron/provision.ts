// Makes sure node_modules/electron holds its binary by running Electron's own `install-electron`, and says what happened. Must not import electron.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateElectronBinary } from '../../test/support/electron-binary';
import { withoutUrlCredentials } from './url-credentials';

export type Provision =
  | { state: 'present'; path: string }
  | { state: 'downloaded'; path: string }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; reason: string };

export interface ProvisionOptions {
  /** node_modules/electron (or a stand-in folder in tests). */
  electronDir: string;
  /** The installer to run, command first: `node node_modules/electron/install.js` in real use. */
  installer: readonly [string, ...string[]];
  env: Readonly<Record<string, string | undefined>>;
  /** The running Node (`process.version`), named in a failed download when it is older than the installer needs. */
  nodeVersion: string;
}

const maxReasonLength = 240;

/**
 * The first non-empty line of an installer's stderr (install.js prints the error's stack), without URL credentials
 * (@electron/get's errors name the download URL, which can carry ELECTRON_MIRROR's `user:token@`), capped after that.
 */
export function firstLine(text: string): string | null {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
  if (line === undefined) return null;
  const trimmed = withoutUrlCredentials(line.trim());
  return trimmed.length > maxReasonLength ? `${trimmed.slice(0, maxReasonLength)}…` : trimmed;
}

/** @electron/get 5 (Electron's downloader) declares engines.node >=22.12.0. */
const installerNode = [22, 12] as const;

/** True for a Node older than the installer's 22.12 (node_modules/electron/package.json declares the same engines.node). */
export function olderThanInstallerNode(nodeVersion: string): boolean {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  return major < installerNode[0] || (major === installerNode[0] && minor < installerNode[1]);
}

/** " (…needs Node >= 22.12; this is Node vX)" when `nodeVersion` is older, else "". */
export function nodeHint(nodeVersion: string): string {
  return olderThanInstallerNode(nodeVersion) ? ` (Electron's installer needs Node >= ${installerNode.join('.')}; this is Node ${nodeVersion})` : '';
}

/**
 * The start-time note for a Node older than 22.12 when Electron is there anyway: package.json's engines.node (>=20.19)
 * covers the tests, not installing or provisioning the app. null on a new enough Node.
 */
export function oldNodeNote(nodeVersion: string): string | null {
  if (!olderThanInstallerNode(nodeVersion)) return null;
  return (
    `akool-vault (note): this is Node ${nodeVersion}; installing Electron needs Node >= ${installerNode.join('.')} ` +
    '(the electron package and its installer declare it). This start goes on because Electron is already here; use Node 22.12 or newer.'
  );
}

/** The Electron release a node_modules/electron folder pins. */
export function electronVersion(electronDir: string): string {
  const parsed: unknown = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const version: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'version') : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

/** ELECTRON_SKIP_BINARY_DOWNLOAD as Electron < 42's postinstall read it: any non-empty value but 0/false. */
export function skipRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env['ELECTRON_SKIP_BINARY_DOWNLOAD']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * install.js (node_modules/electron/install.js, Electron 45) exits 0 at once when dist/version and path.txt match,
 * otherwise downloads through @electron/get (which reads ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR…) and exits 1 after
 * printing the error's stack. It ignores ELECTRON_SKIP_BINARY_DOWNLOAD and, with ELECTRON_OVERRIDE_DIST_PATH, still
 * extracts into its own dist/: so both are decided here, before it runs.
 */
export function provisionElectron(options: ProvisionOptions): Provision {
  const { electronDir, installer, env, nodeVersion } = options;
  const before = locateElectronBinary(electronDir, env);
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') {
    return before.found ? { state: 'present', path: before.path } : { state: 'failed', reason: `ELECTRON_OVERRIDE_DIST_PATH: ${before.reason}` };
  }
  if (skipRequested(env)) {
    return before.found ? { state: 'present', path: before.path } : { state: 'skipped', reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  const [command, ...args] = installer;
  const run = spawnSync(command, args, {
    cwd: electronDir,
    env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  if (run.error !== undefined) return { state: 'failed', reason: `could not run install-electron: ${run.error.message}` };
  if (run.status !== 0) {
    const exit = run.status === null ? `signal ${run.signal ?? 'unknown'}` : `code ${run.status}`;
    const why = firstLine(run.stderr) ?? `install-electron exited with ${exit}`;
    return { state: 'failed', reason: `downloading Electron ${electronVersion(electronDir)} failed: ${why}${nodeHint(nodeVersion)}` };
  }
  const after = locateElectronBinary(electronDir, env);
  if (!after.found) return { state: 'failed', reason: `install-electron finished but ${after.reason}` };
  return before.found ? { state: 'present', path: after.path } : { state: 'downloaded', path: after.path };
}
