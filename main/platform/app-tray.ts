// The system tray: icon, tooltip and menu rebuilt from the tray model on every accountsChanged, on system theme changes and when a day count turns. Must not import core services other than the tray model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Menu, nativeImage, nativeTheme, Tray, type NativeImage } from 'electron';
import { z } from 'zod';
import { errorSchema, ipcEvent, type VaultState } from '../../preload/contract';
import type { VaultRuntime } from '../compose-vault';
import { failureNoticeBody, failureNoticeTitle } from '../core/tray/failure-notice';
import { waitingTrayText } from '../core/cli-grants/approval-notice';
import type { Logger } from '../core/ports';
import { buildTrayModel, lockedTrayModel, type TrayIcon, type TrayModel } from '../core/tray/tray-model';
import { chooseTrayIcon, isPanelDark, type TrayIconChoice } from './tray-icon';
import { trayMenuTemplate, type TrayCommand } from './tray-menu';
import { nextTrayRefreshMs } from './tray-refresh';

export interface AppTrayOptions {
  runtime: VaultRuntime;
  /** resources/tray: the 16 px PNGs and their @2x (32 px) siblings. */
  iconDir: string;
  openWindow(): void;
  quit(): void;
  /** Tells the user a tray action failed (the click has no window to answer in). */
  notice(title: string, body: string): void;
  logger: Logger;
}

const failedReply = z.object({ ok: z.literal(false), error: errorSchema });
const accountsChanged = ipcEvent('accountsChanged');
const approvalsChanged = ipcEvent('approvalsChanged');

/** Must run after app ready. Returns a function that removes the tray. */
export function createAppTray({ runtime, iconDir, openWindow, quit, notice, logger }: AppTrayOptions): () => void {
  const images = new Map<string, NativeImage>();
  /** Read through fs (which sees inside app.asar) and given both scale factors explicitly. */
  const load = ({ file, file2x }: TrayIconChoice): NativeImage => {
    const image = nativeImage.createEmpty();
    try {
      image.addRepresentation({ scaleFactor: 1, buffer: readFileSync(join(iconDir, file)) });
      image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(join(iconDir, file2x)) });
    } catch {
      logger.warn('a tray icon file is missing', { file });
    }
    return image;
  };
  const imageFor = (icon: TrayIcon): NativeImage => {
    const choice = chooseTrayIcon(icon, process.platform, isPanelDark(process.platform, nativeTheme));
    const cached = images.get(choice.file);
    if (cached !== undefined) return cached;
    const image = load(choice);
    image.setTemplateImage(choice.template);
    images.set(choice.file, image);
    return image;
  };

  async function request(command: Extract<TrayCommand, { kind: 'request' }>): Promise<void> {
    const failure = failedReply.safeParse(await runtime.dispatch(command.channel, command.input));
    if (!failure.success) return;
    logger.warn('a tray action failed', { channel: command.channel, code: failure.data.error.code });
    // Only our text for the code: the message may end in a server excerpt, and the OS keeps notifications on disk.
    notice(failureNoticeTitle, failureNoticeBody(failure.data.error.code));
  }

  const run = (command: TrayCommand): void => {
    if (command.kind === 'open') openWindow();
    else if (command.kind === 'quit') quit();
    else {
      // The click on the tray's menu entry is the person's gesture a copy needs.
      runtime.noteUserInput();
      void request(command);
    }
  };

  /** The tray for these accounts now; a locked vault's says so and offers nothing that would be refused. */
  const modelFor = (accounts: VaultState['accounts'], now: number): TrayModel => {
    const model = modelFor(accounts, now);
    return runtime.lock === null ? model : lockedTrayModel(model);
  };
  const firstIcon = modelFor(runtime.state().accounts, Date.now()).icon;
  const tray = new Tray(imageFor(firstIcon));
  // Says which variant the panel got, so the Electron e2e suite can check it against nativeTheme.
  logger.info('tray shown', { icon: chooseTrayIcon(firstIcon, process.platform, isPanelDark(process.platform, nativeTheme)).file });
  let timer: NodeJS.Timeout | null = null;
  let loggedAccounts: number | null = null;
  function render(): void {
    const accounts = runtime.state().accounts;
    const now = Date.now();
    const model = buildTrayModel(accounts, now);
    const template = trayMenuTemplate(model, run);
    tray.setImage(imageFor(model.icon));
    tray.setToolTip(`akool-vault: ${model.tooltip}${waitingTrayText(runtime.approvalsWaiting())}`);
    tray.setContextMenu(Menu.buildFromTemplate(template));
    // Counts only (no labels), once per change: lets the Electron e2e suite see the per-account menu, which Electron cannot read back.
    if (loggedAccounts !== accounts.length) {
      loggedAccounts = accounts.length;
      logger.info('tray menu set', { accounts: accounts.length, items: template.length });
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(render, nextTrayRefreshMs(accounts, now));
  }

  render();
  // macOS opens the menu on a click; Windows and Linux (where the panel reports clicks) open the window.
  if (process.platform !== 'darwin') tray.on('click', openWindow);
  const stopEvents = runtime.onEvent((channel) => {
    if (channel === accountsChanged || channel === approvalsChanged) render();
  });
  const onTheme = (): void => render();
  nativeTheme.on('updated', onTheme);

  return () => {
    stopEvents();
    nativeTheme.off('updated', onTheme);
    if (timer !== null) clearTimeout(timer);
    tray.destroy();
  };
}
