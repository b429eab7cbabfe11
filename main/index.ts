// Composition root: builds the Electron adapters, the vault runtime, IPC, the window and the tray, and wires app events. Holds no logic of its own.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { composeVault, type VaultRuntime } from './compose-vault';
import { startCliServer, type CliServer } from './node/cli-channel/cli-server';
import { createCliInstaller } from './node/cli-install/install-cli';
import { registerIpc } from './ipc/register';
import { systemClock } from './node/system-clock';
import { registerAppScheme, serveAppBundle } from './platform/app-protocol';
import { createAppTray } from './platform/app-tray';
import { openInBrowser } from './platform/browser';
import { createSystemClipboard } from './platform/clipboard';
import { createElectronStore } from './platform/electron-store';
import { markerFileName } from './node/conf-store';
import { installAppMenu } from './platform/app-menu-install';
import { createFileLogger } from './platform/file-logger';
import { followLaunchAtLogin } from './platform/launch-at-login';
import { prepareLaunch, type LaunchNotes } from './platform/launch-guard';
import { createNetHttp } from './platform/net-fetch';
import { createElectronNotifier, showAppNotice } from './platform/notifier';
import { trackQuitting } from './platform/quit-state';
import { resolveRendererLocation } from './platform/renderer-location';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { refuseBeforeReady, reportStartupFailure, StartupRefusal } from './platform/startup-failure';
import { closeHintFor, keepInTrayByDefault, showWindowAtStart } from './platform/tray-presence';
import { wireWakeUps } from './platform/wake-ups';
import { watchPersonInput } from './platform/user-input';
import { createWindowHost, type WindowHost } from './platform/window-host';
import { createMainWindow, denyAllPermissions, hardenContents } from './window';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');
/** electron-vite's resources/ folder, next to out/ (packaged: inside app.asar). */
const trayIconDir = join(import.meta.dirname, '../../resources/tray');
/**
 * The single-file CLI: packaged, electron-builder's extraResources put it in resources/cli (electron.d.ts
 * `process.resourcesPath`: "A string representing the path to the resources directory"), outside app.asar so Node can
 * run it; unpackaged, the build's out/cli.
 */
const cliSource = (): string =>
  app.isPackaged ? join(process.resourcesPath, 'cli', 'akool-vault.mjs') : join(import.meta.dirname, '../cli/akool-vault.mjs');
const disposeTimeoutMs = 2_000;
const logFile = (): string => join(app.getPath('logs'), 'akool-vault.log');
const closeHint = closeHintFor(process.platform);

let runtime: VaultRuntime | null = null;
let windows: WindowHost<BrowserWindow> | null = null;
let cliServer: CliServer | null = null;

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
    create: (show) => {
      const window = createMainWindow({ preloadPath, url: location.url, devTools: !app.isPackaged, show, logger });
      // A copy from the window needs a person's key press or click first (core/clipboard/user-gesture.ts).
      watchPersonInput(window.webContents, () => vault.noteUserInput());
      return window;
    },
    isQuitting,
    keepInTray: () => vault.state().settings.keepInTray,
    onHidden: () => {
      if (vault.state().settings.notifications && vault.closeHintDue()) showAppNotice(closeHint.title, closeHint.body);
    },
  });
  const vault = await composeVault({
    cipher: createSafeStorageCipher(),
    store: createElectronStore(app.getPath('userData')),
    marker: createElectronStore(app.getPath('userData'), markerFileName),
    http: createNetHttp(),
    clock: systemClock,
    clipboard: createSystemClipboard(),
    logger,
    keepInTrayDefault: keepInTrayByDefault(process.platform),
    appVersion: app.getVersion(),
    notifier: createElectronNotifier((accountId) => {
      host.reveal();
      if (accountId !== null) vault.focusAccount(accountId);
    }),
    // electron.d.ts BrowserWindow.isVisible(): false while the window is hidden to the tray.
    windowVisible: () => host.current()?.isVisible() === true,
    installCli: createCliInstaller(cliSource()),
    openInBrowser,
  });
  runtime = vault;
  windows = host;
  registerIpc({ runtime: vault, trustedOrigins: [location.origin], mainWindow: host.current, logger });
  host.open(showWindowAtStart(vault.state().settings));
  createAppTray({ runtime: vault, iconDir: trayIconDir, openWindow: host.reveal, quit: () => app.quit(), notice: showAppNotice, logger });
  followLaunchAtLogin(vault, logger);
  wireWakeUps(vault);
  // The command line reaches the same runtime through a socket or pipe beside the vault (cli/contract.ts); a failure here
  // leaves the window working and is logged.
  cliServer = await startCliServer({ dataDir: app.getPath('userData'), service: vault.cli, logger }).catch((error: unknown) => {
    logger.error('the command-line channel could not start', { error: error instanceof Error ? error.message : typeof error });
    return null;
  });
  vault.start();
  app.on('activate', host.reveal);
}

/** Lets the runtime clear the clipboard (asynchronous in Electron 45) before the app goes. */
function disposeThenQuit(event: { preventDefault(): void }): void {
  const current = runtime;
  if (current === null) return;
  runtime = null;
  event.preventDefault();
  void cliServer?.close();
  cliServer = null;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, disposeTimeoutMs));
  void Promise.race([Promise.resolve().then(() => current.dispose()), timeout])
    .catch(() => undefined)
    .finally(() => app.quit());
}

/**
 * Says why in a native error box (electron.d.ts `dialog.showErrorBox`: safe before ready, but on Linux only a GUI box
 * after it, so this waits for ready), in the log when it can be opened, and on stderr; then exits with 1. A refusal
 * exits before ready instead (startup-failure.ts `refuseBeforeReady`), so a refused switch never takes effect.
 */
function failStartup(error: unknown): void {
  const openLog = () => ({ logger: createFileLogger(logFile()), path: logFile() });
  if (error instanceof StartupRefusal) {
    // Synchronous, so the line is out before exit(): process.stderr is asynchronous for pipes on POSIX (Node docs,
    // process, "A note on process I/O").
    const writeStderr = (line: string): void => {
      try {
        writeSync(2, line);
      } catch {
        // No usable stderr (a GUI launch on Windows may have none): the log and the box still say it.
      }
    };
    refuseBeforeReady(error, {
      openLog,
      writeStderr,
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      platform: process.platform,
      exit: (code) => app.exit(code),
    });
    return;
  }
  void app
    .whenReady()
    .then(() =>
      reportStartupFailure(error, {
        openLog,
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
