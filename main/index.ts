// Composition root: builds the Electron adapters, the vault runtime, IPC, the window and the tray, and wires app events. Holds no logic of its own.
import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { composeVault, type VaultRuntime } from './compose-vault';
import { registerIpc } from './ipc/register';
import { systemClock } from './node/system-clock';
import { registerAppScheme, serveAppBundle } from './platform/app-protocol';
import { createAppTray } from './platform/app-tray';
import { createSystemClipboard } from './platform/clipboard';
import { createElectronStore } from './platform/electron-store';
import { installAppMenu } from './platform/app-menu-install';
import { createFileLogger } from './platform/file-logger';
import { followLaunchAtLogin } from './platform/launch-at-login';
import { prepareLaunch, type LaunchNotes } from './platform/launch-guard';
import { createNetHttp } from './platform/net-fetch';
import { createElectronNotifier, showAppNotice } from './platform/notifier';
import { trackQuitting } from './platform/quit-state';
import { resolveRendererLocation } from './platform/renderer-location';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { reportStartupFailure } from './platform/startup-failure';
import { closeHintFor, keepInTrayByDefault, showWindowAtStart } from './platform/tray-presence';
import { wireWakeUps } from './platform/wake-ups';
import { createWindowHost, type WindowHost } from './platform/window-host';
import { createMainWindow, denyAllPermissions, hardenContents } from './window';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');
/** electron-vite's resources/ folder, next to out/ (packaged: inside app.asar). */
const trayIconDir = join(import.meta.dirname, '../../resources/tray');
const disposeTimeoutMs = 2_000;
const logFile = (): string => join(app.getPath('logs'), 'akool-vault.log');
const closeHint = closeHintFor(process.platform);

let runtime: VaultRuntime | null = null;
let windows: WindowHost<BrowserWindow> | null = null;

// akool-vault is never snap-packaged; an inherited SNAP variable would make electron-store write non-atomically.
delete process.env['SNAP'];
app.enableSandbox();
registerAppScheme();
// The app never calls app.setAsDefaultProtocolClient: app:// is private to its own window.

async function start(isQuitting: () => boolean, notes: LaunchNotes): Promise<void> {
  const logger = createFileLogger(logFile());
  notes.info.forEach((line) => logger.info(line));
  installAppMenu(process.platform);
  const location = resolveRendererLocation(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, logger));
  denyAllPermissions(session.defaultSession);
  serveAppBundle(rendererDir);
  const host = createWindowHost({
    create: (show) => createMainWindow({ preloadPath, url: location.url, devTools: !app.isPackaged, show, logger }),
    isQuitting,
    keepInTray: () => vault.state().settings.keepInTray,
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
    keepInTrayDefault: keepInTrayByDefault(process.platform),
    appVersion: app.getVersion(),
    notifier: createElectronNotifier((accountId) => {
      host.reveal();
      vault.focusAccount(accountId);
    }),
  });
  runtime = vault;
  windows = host;
  registerIpc({ runtime: vault, trustedOrigins: [location.origin], mainWindow: host.current, logger });
  host.open(showWindowAtStart(vault.state().settings));
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

/**
 * Says why in a native error box (electron.d.ts `dialog.showErrorBox`: safe before ready, but on Linux only a GUI box
 * after it, so this waits for ready), in the log when it can be opened, and on stderr; then exits with 1.
 */
function failStartup(error: unknown): void {
  void app
    .whenReady()
    .then(() =>
      reportStartupFailure(error, {
        openLog: () => ({ logger: createFileLogger(logFile()), path: logFile() }),
        writeStderr: (line) => process.stderr.write(line),
        showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      }),
    )
    .catch(() => undefined)
    .finally(() => app.exit(1));
}

function launch(): void {
  let notes: LaunchNotes;
  try {
    notes = prepareLaunch();
  } catch (error) {
    failStartup(error);
    return;
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const isQuitting = trackQuitting();
  // A second launch reveals the window: the way back on desktops that show no tray icon.
  app.on('second-instance', () => windows?.reveal());
  // Closing the last window quits only when the user turned keeping akool-vault in the tray off (tray-presence.ts).
  app.on('window-all-closed', () => {
    if (runtime !== null && !runtime.state().settings.keepInTray) app.quit();
  });
  app.on('before-quit', disposeThenQuit);
  app.whenReady()
    .then(() => start(isQuitting, notes))
    .catch(failStartup);
}

launch();
