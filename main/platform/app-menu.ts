// The application menu per platform: none on Windows and Linux, a minimal app menu with the standard Edit roles on macOS. Imports only types from electron.
import type { MenuItemConstructorOptions } from 'electron';

/**
 * Electron otherwise installs its default File/Edit/View/Window/Help menu, whose Help entries open electronjs.org
 * (electron/electron lib/browser/default-menu.ts). Windows and Linux need no menu bar: null removes it (electron.d.ts
 * `Menu.setApplicationMenu`: "Passing null will suppress the default menu. On Windows and Linux, this has the additional
 * effect of removing the menu bar from the window"); their text fields keep the system's Ctrl+C/V. On macOS the key
 * equivalents Cmd+C/V/X/A/Z reach a text field only through menu items with those roles, so the Edit menu stays;
 * Window keeps Cmd+W (close to the tray) and Cmd+M.
 */
export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      role: 'appMenu',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    { role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}
