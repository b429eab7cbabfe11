// The only ipcMain user: admits requests from the vault window's top frame, forwards them to the runtime, pushes events back. Must not import core or handlers.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel } from '../../preload/contract';
import type { VaultRuntime } from '../compose-vault';
import type { Logger } from '../core/ports';
import { electronStoreIpcChannel } from '../platform/electron-store';
import { isTrustedSender, untrustedSenderReply, type SenderFrame } from './sender-check';

export interface IpcOptions {
  runtime: VaultRuntime;
  /** Exact origins allowed to call, e.g. ['app://akool-vault']. */
  trustedOrigins: readonly string[];
  /** The main window, once it exists; requests and events belong to it alone. */
  mainWindow: () => BrowserWindow | null;
  logger: Logger;
}

function liveWindow(mainWindow: () => BrowserWindow | null): BrowserWindow | null {
  const window = mainWindow();
  return window === null || window.isDestroyed() ? null : window;
}

/** The sending frame as the check sees it; a frame that is gone, or not the main window's top frame, is never trusted. */
function senderFrame(event: IpcMainInvokeEvent, window: BrowserWindow | null): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (frame === null || window === null) return null;
    const isTop = event.sender === window.webContents && frame === event.sender.mainFrame && frame.parent === null;
    return { url: frame.url, isMainFrame: isTop };
  } catch {
    return null;
  }
}

/** Registers one handler per contract channel and the push-event forwarder; returns a function that undoes both. */
export function registerIpc({ runtime, trustedOrigins, mainWindow, logger }: IpcOptions): () => void {
  // This file owns ipcMain alone: take away the listener electron-store added (Electron's own 'error' one stays).
  ipcMain.removeAllListeners(electronStoreIpcChannel);
  const channels = channelNames.map(ipcChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(senderFrame(event, liveWindow(mainWindow)), trustedOrigins)) {
        logger.warn('refused an IPC request from an untrusted sender', { channel });
        return untrustedSenderReply;
      }
      return runtime.dispatch(channel, input);
    });
  }
  const stopEvents = runtime.onEvent((channel, payload) => {
    const window = liveWindow(mainWindow);
    if (window === null) return;
    const page = { url: window.webContents.mainFrame.url, isMainFrame: true };
    if (isTrustedSender(page, trustedOrigins)) window.webContents.send(channel, payload);
  });
  return () => {
    stopEvents();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
