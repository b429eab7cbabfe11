// Proves the settings view: reachable by keyboard, labelled controls, saves every field, shows what the vault returned, reports its validation errors. Must not import electron, node:* or main/.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { fail, installFakeVault, ok } from '../support/fake-vault';
import { makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

async function openSettings(settings: Settings = defaultSettings) {
  const fake = installFakeVault(makeState({ settings }));
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  const panel = screen.getByTestId('settings');
  /** Looks the control up in the panel on screen now, so it still works after closing and reopening. */
  const field = (name: string): HTMLInputElement | HTMLSelectElement => {
    const element = within(screen.getByTestId('settings')).getByLabelText(name);
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) return element;
    throw new Error(`${name} is not a form control`);
  };
  return { fake, panel, field };
}

describe('SettingsPanel', () => {
  it('opens from the Settings button with the current values and focus on the first control', async () => {
    const { field } = await openSettings({ ...defaultSettings, clipboardClearSeconds: 60, launchAtLogin: true });

    expect(screen.getByRole('button', { name: 'Settings' }).getAttribute('aria-expanded')).toBe('true');
    expect(field('Clear the clipboard after').value).toBe('60');
    expect(document.activeElement).toBe(field('Clear the clipboard after'));
    expect(field('Check accounts every (minutes)').value).toBe('15');
    expect(field('Renew tokens this many days before they expire').value).toBe('7');
    expect(field('Show notifications')).toHaveProperty('checked', true);
    expect(field('Launch at login')).toHaveProperty('checked', true);
    expect(field('Start hidden in the tray')).toHaveProperty('checked', false);
    const options = within(screen.getByTestId('settings')).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Never', '10 s', '30 s', '1 min', '2 min', '5 min']);
  });

  it('saves every field through updateSettings and says so', async () => {
    const { fake, panel, field } = await openSettings();

    fireEvent.change(field('Clear the clipboard after'), { target: { value: '0' } });
    fireEvent.change(field('Check accounts every (minutes)'), { target: { value: '60' } });
    fireEvent.change(field('Renew tokens this many days before they expire'), { target: { value: '14' } });
    fireEvent.click(field('Show notifications'));
    fireEvent.click(field('Launch at login'));
    fireEvent.click(field('Start hidden in the tray'));
    fireEvent.click(field('Keep running in the tray when the window is closed'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));

    expect(await within(panel).findByText('Settings saved')).toBeDefined();
    expect(fake.inputsTo('updateSettings')).toEqual([
      {
        clipboardClearSeconds: 0,
        checkIntervalMinutes: 60,
        renewWindowDays: 14,
        notifications: false,
        launchAtLogin: true,
        startHidden: true,
        keepInTray: false,
      },
    ]);
  });

  it('shows what the vault returned, and keeps it after closing and reopening', async () => {
    const { fake, panel, field } = await openSettings();
    const stored: Settings = { ...defaultSettings, checkIntervalMinutes: 30, renewWindowDays: 10 };
    fake.respond.updateSettings = async () => ok(stored);

    fireEvent.change(field('Check accounts every (minutes)'), { target: { value: '31' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));
    await within(panel).findByText('Settings saved');

    expect(field('Check accounts every (minutes)').value).toBe('30');
    expect(field('Renew tokens this many days before they expire').value).toBe('10');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(field('Check accounts every (minutes)').value).toBe('30');
  });

  it('shows the vault validation error as text and marks the field it names', async () => {
    const { fake, panel, field } = await openSettings();
    fake.respond.updateSettings = async () =>
      fail({ code: 'invalid-input', message: 'Invalid request (checkIntervalMinutes: Too small: expected number to be >=5).' });

    fireEvent.change(field('Check accounts every (minutes)'), { target: { value: '2' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe(
      'Please check the form: Invalid request (checkIntervalMinutes: Too small: expected number to be >=5). (invalid-input)',
    );
    expect(field('Check accounts every (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect(field('Renew tokens this many days before they expire').getAttribute('aria-invalid')).toBe('false');
    expect(fake.inputsTo('updateSettings')).toEqual([expect.objectContaining({ checkIntervalMinutes: 2 })]);
    expect(within(panel).queryByText('Settings saved')).toBeNull();
  });

  it('closes on Escape and gives focus back to the Settings button', async () => {
    const { field } = await openSettings();

    fireEvent.keyDown(field('Renew tokens this many days before they expire'), { key: 'Escape' });

    expect(screen.queryByTestId('settings')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Settings' });
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('describes the bounds of the number fields', async () => {
    const { field } = await openSettings();

    const interval = field('Check accounts every (minutes)');
    expect(interval.getAttribute('min')).toBe('5');
    expect(interval.getAttribute('max')).toBe('1440');
    expect(document.getElementById(interval.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'From 5 to 1440 minutes.',
    );
  });
});
