// Proves the shortcut table: Ctrl or Cmd with F, N, comma and C; / and ? only outside text fields; Ctrl+C left alone over selected text. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from '../../../renderer/src/keyboard/shortcut-for';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  hasTextSelection: false,
  ...change,
});

describe('shortcutFor', () => {
  it.each([
    ['f', 'search'],
    ['F', 'search'],
    ['n', 'add'],
    [',', 'settings'],
    ['c', 'copy'],
  ] as const)('Ctrl or Cmd + %s means %s, also from a text field', (key, action) => {
    expect(shortcutFor(press(key, { ctrlKey: true }))).toBe(action);
    expect(shortcutFor(press(key, { metaKey: true, inTextField: true }))).toBe(action);
  });

  it('Ctrl/Cmd+Shift+C copies the header form, also from a text field, but not over selected text', () => {
    expect(shortcutFor(press('C', { ctrlKey: true, shiftKey: true }))).toBe('copy-header');
    expect(shortcutFor(press('c', { metaKey: true, shiftKey: true, inTextField: true }))).toBe('copy-header');
    expect(shortcutFor(press('C', { ctrlKey: true, shiftKey: true, hasTextSelection: true }))).toBeNull();
  });

  it('F2 renames and Delete removes, as in KeePassXC, never while typing in a field', () => {
    expect(shortcutFor(press('F2'))).toBe('rename');
    expect(shortcutFor(press('Delete'))).toBe('remove');
    expect(shortcutFor(press('F2', { inTextField: true }))).toBeNull();
    expect(shortcutFor(press('Delete', { inTextField: true }))).toBeNull();
  });

  it('leaves Ctrl+C to the browser when text is selected', () => {
    expect(shortcutFor(press('c', { ctrlKey: true, hasTextSelection: true }))).toBeNull();
  });

  it('takes / and ? outside text fields only', () => {
    expect(shortcutFor(press('/'))).toBe('search');
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('/', { inTextField: true }))).toBeNull();
    expect(shortcutFor(press('?', { inTextField: true }))).toBeNull();
  });

  it('ignores Alt combinations, other keys and bare letters', () => {
    expect(shortcutFor(press('f', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(press('x', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('c'))).toBeNull();
    expect(shortcutFor(press('n'))).toBeNull();
  });
});
