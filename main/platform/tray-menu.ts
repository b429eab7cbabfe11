// Maps the tray model to Electron menu templates 1:1, and each entry to the command it runs. Imports only types from electron.
import type { MenuItemConstructorOptions } from 'electron';
import { ipcChannel, type CopyFormat } from '../../preload/contract';
import type { TrayAccountAction, TrayGlobalAction, TrayItem, TrayModel } from '../core/tray/tray-model';

/** What a click asks for: a vault request on the same validated path as IPC, or a window or app action. */
export type TrayCommand =
  | { kind: 'request'; channel: string; input: Record<string, string> }
  | { kind: 'open' }
  | { kind: 'quit' };

const copyFormats: Readonly<Record<Exclude<TrayAccountAction, 'check'>, CopyFormat>> = {
  'copy-token': 'token',
  'copy-header': 'header',
  'copy-api-key': 'api-key',
  'copy-api-key-header': 'api-key-header',
};

export function accountCommand(action: TrayAccountAction, id: string): TrayCommand {
  if (action === 'check') return { kind: 'request', channel: ipcChannel('checkAccount'), input: { id } };
  return { kind: 'request', channel: ipcChannel('copyToken'), input: { id, format: copyFormats[action] } };
}

export function globalCommand(action: TrayGlobalAction): TrayCommand {
  if (action === 'check-all') return { kind: 'request', channel: ipcChannel('checkAll'), input: {} };
  return { kind: action };
}

/** Electron reads a single `&` in a menu label as a mnemonic marker and hides it; `&&` shows one. */
export const menuLabel = (text: string): string => text.replaceAll('&', '&&');

function menuItem(item: TrayItem, run: (command: TrayCommand) => void): MenuItemConstructorOptions {
  if (item.kind === 'separator') return { type: 'separator' };
  if (item.kind === 'action') return { label: menuLabel(item.text), click: () => run(globalCommand(item.action)) };
  return {
    label: menuLabel(item.text),
    submenu: item.actions.map(({ action, text }) => ({
      label: menuLabel(text),
      click: () => run(accountCommand(action, item.id)),
    })),
  };
}

/** One menu entry per model item, in order; an account entry opens a submenu with its actions. */
export function trayMenuTemplate(model: TrayModel, run: (command: TrayCommand) => void): MenuItemConstructorOptions[] {
  return model.items.map((item) => menuItem(item, run));
}
