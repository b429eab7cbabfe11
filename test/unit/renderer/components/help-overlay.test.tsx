// Proves the shortcut overlay: a modal dialog listing every shortcut from the shared table, Ctrl or ⌘ by platform, Esc closes. Must not import electron, node:* or main/.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpOverlay } from '../../../../renderer/src/components/help/help-overlay';
import { isApplePlatform, keyLabels } from '../../../../renderer/src/components/help/key-labels';
import { shortcuts } from '../../../../renderer/src/keyboard/shortcuts';
import { resetRendererTest } from '../support/reset';

afterEach(() => {
  vi.unstubAllGlobals();
  resetRendererTest();
});

const fakeNavigator = (platform: string, hinted?: string): Navigator => {
  const nav = Object.create(navigator, { platform: { value: platform } });
  if (hinted !== undefined) Object.defineProperty(nav, 'userAgentData', { value: { platform: hinted } });
  return nav;
};

describe('keyLabels', () => {
  it('names Mod as Ctrl off macOS and ⌘ (Command) on it, and keeps key lists whole', () => {
    expect(keyLabels('Mod+F', false)).toEqual([{ text: 'Ctrl' }, { text: 'F' }]);
    expect(keyLabels('Mod+,', true)).toEqual([{ text: '⌘', name: 'Command' }, { text: ',' }]);
    expect(keyLabels('↑ ↓ Home End', false)).toEqual([{ text: '↑ ↓ Home End' }]);
    expect(keyLabels('/', true)).toEqual([{ text: '/' }]);
  });

  it('prefers the client-hints platform over navigator.platform', () => {
    expect(isApplePlatform(fakeNavigator('MacIntel'))).toBe(true);
    expect(isApplePlatform(fakeNavigator('Linux x86_64'))).toBe(false);
    expect(isApplePlatform(fakeNavigator('Linux x86_64', 'macOS'))).toBe(true);
    expect(isApplePlatform(fakeNavigator('MacIntel', 'Windows'))).toBe(false);
  });
});

describe('HelpOverlay', () => {
  it('is a labelled modal dialog listing every action of the shortcut table, with Ctrl off macOS', () => {
    vi.stubGlobal('navigator', fakeNavigator('Linux x86_64'));
    render(<HelpOverlay onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const text = dialog.textContent ?? '';
    for (const shortcut of shortcuts) expect(text).toContain(shortcut.action);
    const search = within(dialog).getByText('Search accounts').closest('.shortcut-row');
    expect(search?.textContent).toBe('/ or Ctrl+FSearch accounts');
    expect(text).not.toContain('Mod');
    expect(text).not.toContain('⌘');
  });

  it('shows ⌘ on macOS', () => {
    vi.stubGlobal('navigator', fakeNavigator('MacIntel'));
    render(<HelpOverlay onClose={() => undefined} />);
    expect(within(screen.getByRole('dialog')).getAllByTitle('Command').length).toBeGreaterThan(0);
    expect(screen.getByRole('dialog').textContent).not.toContain('Ctrl');
  });

  it('focuses its close button and closes on Esc', () => {
    const onClose = vi.fn();
    render(<HelpOverlay onClose={onClose} />);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
