// Settings through the real renderer and vault: changed values are saved, survive a reload, and invalid ones are refused with the vault's message.
import { expect, test } from './fixtures';

test('changed settings are saved and still there after a reload', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Clear the clipboard after').selectOption({ label: '2 min' });
  await page.getByLabel('Check accounts every (minutes)').fill('45');
  await page.getByLabel('Renew tokens this many days before they expire').fill('10');
  await page.getByLabel('Show notifications').uncheck();
  await page.getByLabel('Launch at login').check();
  await page.getByLabel('Start hidden in the tray').check();
  await page.getByLabel('Keep running in the tray when the window is closed').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();

  await expect(page.getByLabel('Clear the clipboard after')).toHaveValue('120');
  await expect(page.getByLabel('Check accounts every (minutes)')).toHaveValue('45');
  await expect(page.getByLabel('Renew tokens this many days before they expire')).toHaveValue('10');
  await expect(page.getByLabel('Show notifications')).not.toBeChecked();
  await expect(page.getByLabel('Launch at login')).toBeChecked();
  await expect(page.getByLabel('Start hidden in the tray')).toBeChecked();
  await expect(page.getByLabel('Keep running in the tray when the window is closed')).not.toBeChecked();
  expect(ui.harness.state().settings).toEqual({
    clipboardClearSeconds: 120,
    checkIntervalMinutes: 45,
    renewWindowDays: 10,
    notifications: false,
    launchAtLogin: true,
    startHidden: true,
    keepInTray: false,
  });
});

test('an out-of-range interval is refused with the vault message and nothing is saved', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Check accounts every (minutes)').fill('2');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(page.getByTestId('settings-error')).toContainText('checkIntervalMinutes');
  await expect(page.getByLabel('Check accounts every (minutes)')).toHaveAttribute('aria-invalid', 'true');
  expect(ui.harness.state().settings.checkIntervalMinutes).toBe(15);
});

test('the settings view works from the keyboard alone', async ({ ui }) => {
  const { page } = ui;
  const toggle = page.getByRole('button', { name: 'Settings' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Clear the clipboard after')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings')).toHaveCount(0);
  await expect(toggle).toBeFocused();
});
