// End-to-end: the built Electron app adds a sandbox account in a hardened, locked-down window and stays in the tray when closed. Skips (one line) when the Electron binary is missing.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { usesBasicStore } from '../support/e2e-password-store';
import { accountDetail, addAccount, statusOf, topBarButton } from '../support/ui-steps';
import { electronOrSkip, withElectronApp } from './support/electron-app';

const label = 'E2E demo';

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

/**
 * With keepInTray on (the default on macOS and Windows; Linux defaults to quitting, see shell.spec.ts), closing the
 * window hides it: the app keeps running in the tray, and quitting (app.close below) still really quits.
 */
async function assertClosesToTray(app: ElectronApplication, page: Page): Promise<void> {
  const saved = await page.evaluate(async () => {
    const vault: unknown = Reflect.get(globalThis, 'vault');
    const update: unknown = typeof vault === 'object' && vault !== null ? Reflect.get(vault, 'updateSettings') : undefined;
    const reply: unknown = typeof update === 'function' ? await Reflect.apply(update, vault, [{ keepInTray: true }]) : null;
    return reply;
  });
  expect(saved).toMatchObject({ ok: true, data: { keepInTray: true } });
  const afterClose = await app.evaluate(async ({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    window?.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return BrowserWindow.getAllWindows().map((each) => ({ destroyed: each.isDestroyed(), visible: each.isVisible() }));
  });
  expect(afterClose).toEqual([{ destroyed: false, visible: false }]);
}

/**
 * The first-run guide link reaches shell.openExternal (electron.d.ts:14878; main/platform/browser.ts) with its one
 * listed address, stubbed here so no browser starts; window.open of that same address still opens nothing.
 */
async function assertGuideOpensInBrowser(app: ElectronApplication, page: Page): Promise<void> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    Reflect.set(globalThis, 'openedLinks', opened);
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const openedLinks = (): Promise<unknown> => app.evaluate(() => Reflect.get(globalThis, 'openedLinks'));
  const firstRun = page.getByTestId('first-run');
  await firstRun.getByRole('button', { name: 'Where do I find these?' }).click();
  await firstRun.getByRole('link', { name: 'docs.akool.com/authentication/usage' }).click();
  await expect.poll(openedLinks).toEqual(['https://docs.akool.com/authentication/usage']);
  expect(await page.evaluate(() => window.open('https://docs.akool.com/authentication/usage'))).toBeNull();
  expect(await openedLinks()).toEqual(['https://docs.akool.com/authentication/usage']);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
}

test('adds an active sandbox account in a hardened window, and closing it keeps the app in the tray', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  await withElectronApp(executablePath, {}, async ({ app, page, sandbox }) => {
    await expect(topBarButton(page, 'Add account')).toBeVisible();
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
    await assertGuideOpensInBrowser(app, page);

    // A Linux run on basic_text (the default store) must offer the opt-in; elsewhere only if the keyring is weak.
    const optInWeak = usesBasicStore(process.platform, process.env) || 'if-offered';
    await addAccount(page, { label, clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl, optInWeak });
    await expect(statusOf(accountDetail(page, label))).toHaveAttribute('data-status', 'active');
    await assertClosesToTray(app, page);
  });
});
