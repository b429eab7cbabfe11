// The first-run state and the shortcut help through the real renderer: one button into the add sheet, the credentials help, "?" lists the shortcuts and Esc closes it; axe on both.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
}

test('an empty vault shows the first-run state: where the credentials come from, and the top bar’s one Add button into the add sheet', async ({
  ui,
}) => {
  const { page } = ui;
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await expect(firstRun.getByRole('button')).toHaveCount(1);
  const help = firstRun.getByRole('button', { name: 'Where do I find these?' });
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(firstRun).toContainText('API Credentials');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
  await expect(ui.sheet().getByLabel('API key', { exact: true })).toBeFocused();
});

test('"?" lists the shortcuts with Ctrl on this platform, and Esc closes the list', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }).focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Search accounts');
  await expect(dialog).toContainText('Ctrl');
  await expect(dialog).not.toContainText('Mod');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});
