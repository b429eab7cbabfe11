// Proves the application menu per platform: none on Windows and Linux, and on macOS an app, Edit and Window menu whose Edit roles make copy and paste work in text fields.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../main/platform/app-menu';

const roles = (items: readonly MenuItemConstructorOptions[]): unknown[] => items.map((item) => item.role ?? item.type);
const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

describe('appMenuTemplate', () => {
  it('has no menu on Windows and Linux, so Electron shows no default menu bar', () => {
    expect(appMenuTemplate('win32')).toBeNull();
    expect(appMenuTemplate('linux')).toBeNull();
  });

  it('gives macOS an app menu, the standard Edit roles and a Window menu, nothing that opens a web page', () => {
    const template = appMenuTemplate('darwin') ?? [];
    expect(roles(template)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(roles(submenu(template[1]))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(roles(submenu(template[0]))).toContain('quit');
    expect(roles(submenu(template[2]))).toEqual(['minimize', 'close']);
    const everything = template.flatMap((item) => [item, ...submenu(item)]);
    expect(everything.every((item) => item.click === undefined && item.role !== 'help')).toBe(true);
  });
});
