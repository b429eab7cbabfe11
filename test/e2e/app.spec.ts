// End-to-end: the built Electron app adds a sandbox account in a hardened, locked-down window and stays in the tray when closed. Skips (one line) when the Electron binary is missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { locateElectronBinary } from '../support/electron-binary';

const root = resolve(import.meta.dirname, '../..');
const mainScript = join(root, 'out', 'main', 'index.js');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
/** Set to 1 on CI machines that have the binary, so a lost binary fails the run instead of skipping it. */
const requireElectron = process.env['AKOOL_VAULT_E2E_REQUIRE_ELECTRON'] === '1';
const label = 'E2E demo';

/** The app's environment: ours minus anything that would change what it loads, plus a private data directory. */
function appEnv(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, AKOOL_VAULT_DATA_DIR: dataDir };
}

async function assertHardened(app: ElectronApplication): Promise<void> {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    const read: unknown = contents ? Reflect.get(contents, 'getLastWebPreferences') : undefined;
    return typeof read === 'function' ? Reflect.apply(read, contents, []) : null;
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  });
  // Only Electron's own no-op 'error' listener: electron-store's userData-path listener is gone.
  expect(await app.evaluate(({ ipcMain }) => ipcMain.eventNames().map(String))).toEqual(['error']);
}

/** Electron's checklist as the running page experiences it: CSP, navigation, permissions, webview. */
async function assertPageLockedDown(page: Page, sandboxUrl: string): Promise<void> {
  const startUrl = page.url();
  expect(startUrl).toBe('app://akool-vault/index.html');
  const probes = await page.evaluate(async (url) => {
    const evalResult = (() => {
      try {
        return String(Reflect.apply(eval, globalThis, ['"eval ran"']));
      } catch {
        return 'blocked';
      }
    })();
    const inline = document.createElement('script');
    inline.textContent = 'globalThis.inlineRan = true;';
    document.head.append(inline);
    const fetched = await fetch(url).then(
      () => 'fetched',
      () => 'blocked',
    );
    const notification = await Notification.requestPermission();
    const geolocation = (await navigator.permissions.query({ name: 'geolocation' })).state;
    const webview = document.createElement('webview');
    document.body.append(webview);
    return {
      evalResult,
      inlineRan: Reflect.get(globalThis, 'inlineRan') === true,
      fetched,
      notification,
      geolocation,
      webviewIsGuest: typeof Reflect.get(webview, 'getWebContentsId') === 'function',
    };
  }, sandboxUrl);
  expect(probes).toEqual({
    evalResult: 'blocked',
    inlineRan: false,
    fetched: 'blocked',
    notification: 'denied',
    geolocation: 'denied',
    webviewIsGuest: false,
  });
  await page.evaluate(() => {
    location.href = 'https://akool.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(startUrl);
}

/** Closing the window hides it: the app keeps running in the tray, and quitting (app.close below) still really quits. */
async function assertClosesToTray(app: ElectronApplication): Promise<void> {
  const afterClose = await app.evaluate(async ({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    window?.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return BrowserWindow.getAllWindows().map((each) => ({ destroyed: each.isDestroyed(), visible: each.isVisible() }));
  });
  expect(afterClose).toEqual([{ destroyed: false, visible: false }]);
}

async function runApp(executablePath: string): Promise<void> {
  expect(existsSync(mainScript), 'build first: npm run build').toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'akool-vault-e2e-'));
  const sandbox = await startSandbox();
  const app = await _electron.launch({
    executablePath,
    // Without a keyring, pin Linux to basic_text so the run never waits on a keyring prompt.
    args: [...(process.platform === 'linux' ? ['--password-store=basic'] : []), mainScript],
    cwd: root,
    env: appEnv(dataDir),
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
    await assertHardened(app);

    const globals = await page.evaluate(() => {
      const open: unknown = Reflect.get(globalThis, 'open');
      return {
        opened: typeof open === 'function' ? Reflect.apply(open, globalThis, ['https://akool.com/']) : 'no window.open',
        hasRequire: Reflect.has(globalThis, 'require'),
        hasProcess: Reflect.has(globalThis, 'process'),
        hasVault: Reflect.has(globalThis, 'vault'),
      };
    });
    expect(globals).toEqual({ opened: null, hasRequire: false, hasProcess: false, hasVault: true });
    await assertPageLockedDown(page, sandbox.baseUrl);

    // On Linux the run pins basic_text, so the opt-in must be there; elsewhere only if the keyring is weak.
    const optIn = page.getByLabel('Store secrets with weak protection anyway');
    if (process.platform === 'linux' || (await optIn.isVisible())) {
      await optIn.click();
      await expect(optIn).toBeChecked();
    }
    await page.getByLabel('Label', { exact: true }).fill(label);
    await page.getByLabel('Client ID', { exact: true }).fill('demo-active');
    await page.getByLabel('Client secret', { exact: true }).fill('demo-secret-active');
    await page.getByLabel('Base URL (optional)', { exact: true }).fill(sandbox.baseUrl);
    await page.getByRole('button', { name: 'Add account' }).click();
    const card = page.getByRole('article', { name: label, exact: true });
    await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
    await assertClosesToTray(app);
  } finally {
    await app.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test('adds an active sandbox account in a hardened window, and closing it keeps the app in the tray', async () => {
  const binary = locateElectronBinary(electronDir, process.env);
  if (binary.found) {
    await runApp(binary.path);
  } else {
    const line = `skipped: Electron binary not available (${binary.reason})`;
    if (requireElectron) throw new Error(line);
    console.log(line);
    test.skip(true, line);
  }
});
