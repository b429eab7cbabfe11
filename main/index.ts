// Composition root: builds the Electron adapters, the vault runtime, IPC and the window, and wires app events. Holds no logic of its own.
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { composeVault, type VaultRuntime } from './compose-vault';
import type { Logger } from './core/ports';
import { registerIpc } from './ipc/register';
import { systemClock } from './node/system-clock';
import { registerAppScheme, serveAppBundle } from './platform/app-protocol';
import { createSystemClipboard } from './platform/clipboard';
import { dataDirOverride } from './platform/data-dir';
import { createElectronStore } from './platform/electron-store';
import { createFileLogger } from './platform/file-logger';
import { createNetHttp } from './platform/net-fetch';
import { resolveRendererLocation } from './platform/renderer-location';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { createMainWindow, denyAllPermissions, hardenContents } from './window';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');
const disposeTimeoutMs = 2_000;

let mainWindow: BrowserWindow | null = null;
let runtime: VaultRuntime | null = null;

const dataDir = dataDirOverride(process.env);
if (dataDir !== null) {
  app.setPath('userData', dataDir);
  app.setAppLogsPath(join(dataDir, 'logs'));
}
app.enableSandbox();
registerAppScheme();
// The app never calls app.setAsDefaultProtocolClient: app:// is private to its own window.

function openWindow(url: string, logger: Logger): void {
  const window = createMainWindow({ preloadPath, url, devTools: !app.isPackaged, logger });
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  const logger = createFileLogger(join(app.getPath('logs'), 'akool-vault.log'));
  const location = resolveRendererLocation(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, logger));
  denyAllPermissions(session.defaultSession);
  serveAppBundle(rendererDir);
  runtime = await composeVault({
    cipher: createSafeStorageCipher(),
    store: createElectronStore(app.getPath('userData')),
    http: createNetHttp(),
    clock: systemClock,
    clipboard: createSystemClipboard(),
    logger,
  });
  registerIpc({ runtime, trustedOrigins: [location.origin], mainWindow: () => mainWindow, logger });
  openWindow(location.url, logger);
  app.on('activate', () => {
    if (mainWindow === null) openWindow(location.url, logger);
  });
}

/** Lets the runtime clear the clipboard (asynchronous in Electron 45) before the app goes. */
function disposeThenQuit(event: { preventDefault(): void }): void {
  const current = runtime;
  if (current === null) return;
  runtime = null;
  event.preventDefault();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, disposeTimeoutMs));
  void Promise.race([Promise.resolve().then(() => current.dispose()), timeout])
    .catch(() => undefined)
    .finally(() => app.quit());
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', disposeThenQuit);
  app.whenReady()
    .then(start)
    .catch((error: unknown) => {
      process.stderr.write(`akool-vault failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
      app.exit(1);
    });
} else {
  app.quit();
}
