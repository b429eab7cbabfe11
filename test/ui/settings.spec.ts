// The settings view through the real renderer and vault: every control saved as it changes and still there after a reload, number errors in words, Esc and Back that never drop a typed number, axe at both window sizes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../../preload/contract';
import { expect, test } from './fixtures';

const view = (page: Page) => page.getByTestId('settings');

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await expect(view(page).getByRole('heading', { name: 'Settings', level: 2 })).toBeFocused();
}

test('each setting is saved as it changes, and still there after a reload', async ({ ui }) => {
  const { page } = ui;
  const saved = () => ui.harness.state().settings;
  await openSettings(page);
  await page.getByLabel('Clear the clipboard after').selectOption({ label: '2 min' });
  await expect.poll(() => saved().clipboardClearSeconds).toBe(120);
  await page.getByLabel('Check accounts every (minutes)').fill('45');
  expect(saved().checkIntervalMinutes).toBe(15);
  await page.keyboard.press('Tab');
  await expect.poll(() => saved().checkIntervalMinutes).toBe(45);
  await page.getByLabel('Renew tokens this many days before they expire').fill('10');
  await page.keyboard.press('Enter');
  await expect.poll(() => saved().renewWindowDays).toBe(10);
  await page.getByLabel('Show notifications').uncheck();
  await page.getByLabel('Launch at login').check();
  await page.getByLabel('Keep running in the tray when the window is closed').uncheck();
  await expect.poll(() => saved().keepInTray).toBe(false);
  await page.getByLabel('Warn when credit falls below').fill('250');
  await page.getByLabel('Warn when credit falls below').press('Enter');
  await expect.poll(() => saved().lowCreditThreshold).toBe(250);
  await page.getByLabel('Start hidden in the tray').check();
  const expected = {
    clipboardClearSeconds: 120,
    checkIntervalMinutes: 45,
    renewWindowDays: 10,
    notifications: false,
    launchAtLogin: true,
    startHidden: true,
    keepInTray: false,
    lowCreditThreshold: 250,
  };
  await expect.poll(saved).toEqual(expected);
  await expect(view(page).getByRole('status')).toHaveText('Start hidden saved.');

  await page.reload();
  await openSettings(page);
  await expect(page.getByLabel('Clear the clipboard after')).toHaveValue('120');
  await expect(page.getByLabel('Check accounts every (minutes)')).toHaveValue('45');
  await expect(page.getByLabel('Renew tokens this many days before they expire')).toHaveValue('10');
  await expect(page.getByLabel('Warn when credit falls below')).toHaveValue('250');
  await expect(page.getByLabel('Show notifications')).not.toBeChecked();
  await expect(page.getByLabel('Launch at login')).toBeChecked();
  await expect(page.getByLabel('Start hidden in the tray')).toBeChecked();
  await expect(page.getByLabel('Keep running in the tray when the window is closed')).not.toBeChecked();
});

test('an out-of-range interval is refused in words beside its field, and nothing is saved', async ({ ui }) => {
  const { page } = ui;
  await openSettings(page);
  const interval = page.getByLabel('Check accounts every (minutes)');
  await interval.fill('2');
  await page.keyboard.press('Tab');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await expect(interval).toHaveAccessibleDescription(/^Check interval must be at least 5 minutes\./);
  await expect(view(page)).not.toContainText('Too small');
  await expect(view(page)).not.toContainText('>=');
  expect(ui.harness.state().settings).toEqual(defaultSettings);
});

test('from the keyboard: Esc saves a typed number and goes back; an invalid one is not dropped without asking', async ({
  ui,
}) => {
  const { page } = ui;
  // An empty vault has no search field: the top bar's Add account is the focused control to come back to.
  const opener = page.getByRole('banner').getByRole('button', { name: 'Add account' });
  await opener.focus();
  await page.keyboard.press('ControlOrMeta+,');
  await expect(view(page).getByRole('heading', { name: 'Settings', level: 2 })).toBeFocused();
  const interval = page.getByLabel('Check accounts every (minutes)');
  await interval.focus();
  await interval.fill('30');
  await page.keyboard.press('Escape');
  await expect(view(page)).toHaveCount(0);
  await expect.poll(() => ui.harness.state().settings.checkIntervalMinutes).toBe(30);
  await expect(opener).toBeFocused();

  await page.keyboard.press('ControlOrMeta+,');
  await interval.focus();
  await interval.fill('1');
  await page.keyboard.press('Escape');
  const question = view(page).getByRole('alert');
  await expect(question).toContainText('Check interval has a change that was not saved.');
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(interval).toBeFocused();
  await expect(interval).toHaveValue('1');
  await page.keyboard.press('Escape');
  await view(page).getByRole('button', { name: 'Discard the change and go back' }).click();
  await expect(view(page)).toHaveCount(0);
  expect(ui.harness.state().settings.checkIntervalMinutes).toBe(30);
});

for (const size of [
  { width: 1024, height: 720 },
  { width: 640, height: 480 },
]) {
  test(`the settings view has no serious accessibility violations at ${size.width}×${size.height}`, async ({ ui }) => {
    const { page } = ui;
    await page.setViewportSize(size);
    await openSettings(page);
    await page.getByLabel('Check accounts every (minutes)').fill('0');
    await page.keyboard.press('Tab');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => violation.id)).toEqual([]);
  });
}
