// Maps one key press to the window shortcut it stands for, or null; pure so the shortcut table is unit-tested. Must not import React.

export type ShortcutAction = 'search' | 'add' | 'settings' | 'help' | 'copy' | 'copy-header' | 'rename' | 'remove';

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Focus is in a text field, where `/` and `?` are typed rather than obeyed. */
  inTextField: boolean;
  /** The page or a field has selected text, which Ctrl/Cmd+C must copy as usual. */
  hasTextSelection: boolean;
};

/** Ctrl on Linux and Windows, ⌘ on macOS: either counts, so one table serves both. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (mod) {
    if (key === 'f') return 'search';
    if (key === 'n') return 'add';
    if (key === ',') return 'settings';
    if (key === 'c') return press.hasTextSelection ? null : press.shiftKey ? 'copy-header' : 'copy';
    return null;
  }
  if (press.inTextField) return null;
  // As in KeePassXC: F2 renames the selected entry, Delete removes it (asking first).
  if (key === 'f2') return 'rename';
  if (key === 'delete') return 'remove';
  if (key === '/') return 'search';
  if (key === '?') return 'help';
  return null;
}
