// Proves the settings view: sections, each control saved as it changes, numbers on blur or Enter with errors in words, and a way back (Esc or Back) that never drops a typed number silently. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type ProtectionView, type Settings } from '../../../../preload/contract';
import { SettingsView } from '../../../../renderer/src/components/settings/settings-view';
import { fail, installFakeVault } from '../support/fake-vault';
import { makeState, strongProtection } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

/** How long a wait may take on a loaded machine before the test fails; the tests assert what happens, not how fast. */
const patience = { timeout: 5_000 };

/** Holds the saved settings as the window would, so a save shows up as the view's new props. */
function Host({ onClose, protection }: { onClose(): void; protection: ProtectionView }) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [shownProtection, setProtection] = useState(protection);
  return (
    <SettingsView
      settings={settings}
      protection={shownProtection}
      onSaved={setSettings}
      onProtectionChanged={setProtection}
      onClose={onClose}
    />
  );
}

function open(protection: ProtectionView = strongProtection) {
  const fake = installFakeVault(makeState({ protection }));
  const onClose = vi.fn();
  render(<Host onClose={onClose} protection={protection} />);
  return { fake, onClose };
}

function control(name: string): HTMLInputElement | HTMLSelectElement {
  const element = screen.getByLabelText(name);
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) return element;
  throw new Error(`${name} is not a form control`);
}

const interval = (): HTMLInputElement => {
  const element = control('Check accounts every (minutes)');
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element;
};

const describedText = (element: HTMLElement): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('SettingsView', () => {
  it('is its own view with four titled sections and focus on its heading', () => {
    open();
    const view = screen.getByRole('region', { name: 'Settings' });
    expect(document.activeElement).toBe(within(view).getByRole('heading', { name: 'Settings' }));
    for (const title of ['Clipboard', 'Background checks', 'Startup', 'Protection']) {
      expect(within(view).getByRole('region', { name: title })).toBeTruthy();
    }
    expect(within(view).getByRole('region', { name: 'Protection' }).textContent).toContain('gnome_libsecret');
  });

  it('saves the select and each checkbox the moment it changes, one setting per save', async () => {
    const { fake } = open();
    fireEvent.change(control('Clear the clipboard after'), { target: { value: '120' } });
    fireEvent.click(control('Launch at login'));
    fireEvent.click(control('Show notifications'));
    await vi.waitFor(() => expect(fake.inputsTo('updateSettings')).toHaveLength(3), patience);
    expect(fake.inputsTo('updateSettings')).toEqual([
      { clipboardClearSeconds: 120 },
      { launchAtLogin: true },
      { notifications: false },
    ]);
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Notifications saved.'), patience);
    expect(control('Clear the clipboard after').value).toBe('120');
    expect(control('Launch at login')).toHaveProperty('checked', true);
    expect(control('Show notifications')).toHaveProperty('checked', false);
  });

  it('saves a number on blur and on Enter, not while typing', async () => {
    const { fake } = open();
    fireEvent.change(interval(), { target: { value: '45' } });
    expect(fake.inputsTo('updateSettings')).toEqual([]);
    fireEvent.blur(interval());
    await vi.waitFor(() => expect(fake.inputsTo('updateSettings')).toEqual([{ checkIntervalMinutes: 45 }]), patience);
    const renew = control('Renew tokens this many days before they expire');
    fireEvent.change(renew, { target: { value: '10' } });
    fireEvent.keyDown(renew, { key: 'Enter' });
    await vi.waitFor(() => expect(fake.inputsTo('updateSettings')).toHaveLength(2), patience);
    expect(fake.inputsTo('updateSettings')[1]).toEqual({ renewWindowDays: 10 });
  });

  it('says what is wrong with a number in words, next to the field, and saves nothing', () => {
    const { fake } = open();
    const cases = [
      ['2', 'Check interval must be at least 5 minutes.'],
      ['5000', 'Check interval must be at most 1,440 minutes.'],
      ['7.5', 'Check interval must be a whole number of minutes.'],
      ['', 'Enter the check interval in minutes.'],
    ] as const;
    for (const [typed, sentence] of cases) {
      fireEvent.change(interval(), { target: { value: typed } });
      fireEvent.blur(interval());
      expect(interval().getAttribute('aria-invalid')).toBe('true');
      expect(describedText(interval())).toContain(sentence);
    }
    expect(document.body.textContent).not.toMatch(/Too small|expected number|>=/);
    expect(fake.inputsTo('updateSettings')).toEqual([]);
  });

  it('says in words when the vault could not save, and shows the saved value again', async () => {
    const { fake } = open();
    fake.respond.updateSettings = async () => fail({ code: 'storage-failed', message: 'EACCES' });
    fireEvent.click(control('Start hidden in the tray'));
    expect(await screen.findByTestId('startHidden-error', {}, patience)).toHaveProperty(
      'textContent',
      'Start hidden was not saved: the vault could not write its file.',
    );
    expect(control('Start hidden in the tray')).toHaveProperty('checked', false);
  });

  it('saves a valid typed number before going back on Esc', async () => {
    const { fake, onClose } = open();
    fireEvent.change(interval(), { target: { value: '30' } });
    fireEvent.keyDown(interval(), { key: 'Escape' });
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1), patience);
    expect(fake.inputsTo('updateSettings')).toEqual([{ checkIntervalMinutes: 30 }]);
  });

  it('asks before dropping a number it cannot save, on Esc or Back', async () => {
    const { fake, onClose } = open();
    fireEvent.change(interval(), { target: { value: '3' } });
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'Escape' });
    });
    expect(onClose).not.toHaveBeenCalled();
    const question = screen.getByRole('alert');
    expect(question.textContent).toContain('Check interval has a change that was not saved.');
    const keep = within(question).getByRole('button', { name: 'Keep editing' });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    expect(document.activeElement).toBe(interval());
    expect(interval().value).toBe('3');

    fireEvent.click(screen.getByRole('button', { name: 'Back to accounts' }));
    const discard = await screen.findByRole('button', { name: 'Discard the change and go back' }, patience);
    fireEvent.click(discard);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(fake.inputsTo('updateSettings')).toEqual([]);
  });

  it('goes straight back when nothing is pending, and ignores an Esc another dialog already handled', () => {
    const { onClose } = open();
    const handled = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Back to accounts' }));
    return vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1), patience);
  });

  it('offers the weak-protection opt-in in the Protection section and can take it back', async () => {
    const weak: ProtectionView = { backend: 'basic_text', level: 'weak', weakOptIn: false, canStoreSecrets: false, sealMark: 'v10', weakSeals: 0 };
    const { fake } = open(weak);
    const optIn = control('Store secrets with weak protection anyway');
    fireEvent.click(optIn);
    await vi.waitFor(() => expect(optIn).toHaveProperty('checked', true), patience);
    fireEvent.click(optIn);
    await vi.waitFor(() => expect(optIn).toHaveProperty('checked', false), patience);
    expect(fake.inputsTo('setWeakProtectionOptIn')).toEqual([{ optIn: true }, { optIn: false }]);
  });
});
