// Composition root: builds the Electron adapters, the vault runtime, IPC, the window and the tray, and wires app events. Holds no logic of its own.
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { composeVault, type VaultRuntime } from './compose-vault';
import { registerIpc } from './ipc/register';
import { systemClock } from './node/system-clock';
import { registerAppScheme, serveAppBundle } from './platform/app-protocol';
import { createAppTray } from './platform/app-tray';
import { createSystemClipboard } from './platform/clipboard';
import { dataDirOverride } from './platform/data-dir';
import { createElectronStore } from './platform/electron-store';
import { createFileLogger } from './platform/file-logger';
import { followLaunchAtLogin } from './platform/launch-at-login';
import { createNetHttp } from './platform/net-fetch';
import { createElectronNotifier, showAppNotice } from './platform/notifier';
import { trackQuitting } from './platform/quit-state';
import { resolveRendererLocation } from './platform/renderer-location';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { wireWakeUps } from './platform/wake-ups';
import { createWindowHost, type WindowHost } from './platform/window-host';
import { createMainWindow, denyAllPermissions, hardenContents } from './window';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');
/** electron-vite's resources/ folder, next to out/ (packaged: inside app.asar). */
const trayIconDir = join(import.meta.dirname, '../../resources/tray');
const disposeTimeoutMs = 2_000;
const closeHint = {
  title: 'akool-vault is still running',
  body: 'It keeps checking your accounts from the tray. Choose Quit in the tray menu to stop it.',
};

let runtime: VaultRuntime | null = null;
let windows: WindowHost<BrowserWindow> | null = null;

const dataDir = dataDirOverride(process.env);
if (dataDir !== null) {
  app.setPath('userData', dataDir);
  app.setAppLogsPath(join(dataDir, 'logs'));
}
// akool-vault is never snap-packaged; an inherited SNAP variable would make electron-store write non-atomically.
delete process.env['SNAP'];
app.enableSandbox();
registerAppScheme();
// The app never calls app.setAsDefaultProtocolClient: app:// is private to its own window.

async function start(isQuitting: () => boolean): Promise<void> {
  const logger = createFileLogger(join(app.getPath('logs'), 'akool-vault.log'));
  const location = resolveRendererLocation(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, logger));
  denyAllPermissions(session.defaultSession);
  serveAppBundle(rendererDir);
  const host = createWindowHost({
    create: (show) => createMainWindow({ preloadPath, url: location.url, devTools: !app.isPackaged, show, logger }),
    isQuitting,
    onHidden: () => {
      if (vault.state().settings.notifications && vault.closeHintDue()) showAppNotice(closeHint.title, closeHint.body);
    },
  });
  const vault = await composeVault({
    cipher: createSafeStorageCipher(),
    store: createElectronStore(app.getPath('userData')),
    http: createNetHttp(),
    clock: systemClock,
    clipboard: createSystemClipboard(),
    logger,
    notifier: createElectronNotifier((accountId) => {
      host.reveal();
      vault.focusAccount(accountId);
    }),
  });
  runtime = vault;
  windows = host;
  registerIpc({ runtime: vault, trustedOrigins: [location.origin], mainWindow: host.current, logger });
  host.open(!vault.state().settings.startHidden);
  createAppTray({ runtime: vault, iconDir: trayIconDir, openWindow: host.reveal, quit: () => app.quit(), notice: showAppNotice, logger });
  followLaunchAtLogin(vault, logger);
  wireWakeUps(vault);
  vault.start();
  app.on('activate', host.reveal);
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
  const isQuitting = trackQuitting();
  app.on('second-instance', () => windows?.reveal());
  // The app lives in the tray: it quits only from the tray menu, the dock, or the system.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', disposeThenQuit);
  app.whenReady()
    .then(() => start(isQuitting))
    .catch((error: unknown) => {
      process.stderr.write(`akool-vault failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
      app.exit(1);
    });
} else {
  app.quit();
}
