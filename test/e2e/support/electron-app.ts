// Launches the built app in real Electron for one e2e test, with a private data dir and a sandbox; skips (one line) without the binary.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { passwordStoreSwitches } from '../../support/e2e-password-store';
import { locateElectronBinary } from '../../support/electron-binary';

export const root = resolve(import.meta.dirname, '../../..');
export const mainScript = join(root, 'out', 'main', 'index.js');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
/** Set to 1 on CI machines that have the binary, so a lost binary fails the run instead of skipping it. */
const requireElectron = process.env['AKOOL_VAULT_E2E_REQUIRE_ELECTRON'] === '1';

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  sandbox: Sandbox;
  dataDir: string;
}

export interface LaunchOptions {
  /** Chromium/Electron switches placed before the entry; Linux defaults to `--password-store=` AKOOL_VAULT_E2E_PASSWORD_STORE or basic. */
  args?: readonly string[];
  /** What Electron is asked to run: out/main/index.js by default, or the project folder as `npm start` does (`electron .`). */
  entry?: string;
  env?: Readonly<Record<string, string>>;
  /** Reuse a data dir (e.g. to relaunch over a vault a previous launch wrote); it is then not deleted. */
  dataDir?: string;
}

/**
 * The switch a process we spawn ourselves needs on Linux: node_modules/electron/dist/chrome-sandbox is not setuid root,
 * so Chromium's sandbox cannot start there. Playwright's _electron.launch adds the same switch on Linux unless
 * chromiumSandbox is set (node_modules/playwright-core/lib/coreBundle.js, class Electron, `launch`:
 * `electronArguments.unshift("--no-sandbox")`), which is why withElectronApp does not pass it.
 */
export function spawnSandboxSwitches(platform: NodeJS.Platform): string[] {
  return platform === 'linux' ? ['--no-sandbox'] : [];
}

/** The app's environment: ours minus anything that would change what it loads, plus a private data directory. */
export function appEnv(dataDir: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, AKOOL_VAULT_DATA_DIR: dataDir, ...extra };
}

/** The Electron executable, or null after marking the test skipped (or throwing when Electron is required). */
export function electronOrSkip(): string | null {
  const binary = locateElectronBinary(electronDir, process.env);
  if (binary.found) return binary.path;
  const line = `skipped: Electron binary not available (${binary.reason})`;
  if (requireElectron) throw new Error(line);
  console.log(line);
  test.skip(true, line);
  return null;
}

/** Starts the built app with `options`, runs `body`, then quits the app and cleans up. */
export async function withElectronApp(
  executablePath: string,
  options: LaunchOptions,
  body: (running: RunningApp) => Promise<void>,
): Promise<void> {
  expect(existsSync(mainScript), 'build first: npm run build').toBe(true);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'akool-vault-e2e-'));
  const sandbox = await startSandbox();
  const defaultArgs = passwordStoreSwitches(process.platform, process.env);
  const app = await _electron.launch({
    executablePath,
    args: [...(options.args ?? defaultArgs), options.entry ?? mainScript],
    cwd: root,
    env: appEnv(dataDir, options.env),
  });
  try {
    const page = await app.firstWindow();
    await body({ app, page, sandbox, dataDir });
  } finally {
    await app.close();
    await sandbox.close();
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
}
