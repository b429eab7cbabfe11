// Settings and the Expiring filter (issue 17, items 8 and 11), at both sizes: the threshold saves as it changes with its error at the field, the hint names where the per-account warning is, no focus ring on the heading; Expiring counts only tokens that will not be renewed in time.
import { demoAccounts } from '../sandbox/server';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seedAccounts } from './seed-accounts';
import { sizes } from './window-sizes';

test.use({ sandboxOptions: { accounts: [...demoAccounts] } });

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the credit threshold saves on leaving the field, no Save button; its error is at the field', async ({ ui }) => {
      const { page } = ui;
      await seedAccounts(page, ui.sandbox.baseUrl, [{ label: 'Alpha', clientId: 'demo-active', clientSecret: 'demo-secret-active' }]);
      await expect(page.getByRole('listbox', { name: /^Accounts/ })).toBeFocused();
      await page.keyboard.press('Control+,');
      const view = page.getByTestId('settings');
      const heading = view.getByRole('heading', { name: 'Settings', level: 2 });
      await expect(heading).toBeFocused();
      expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');

      const field = view.getByLabel('Warn when credit falls below');
      await expect(field).toHaveAccessibleDescription(/under “Low-credit warning for this account” in its details/);
      await expect(view).not.toContainText('under Advanced');
      await expect(view.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

      await field.fill('abc');
      await page.keyboard.press('Tab');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(/Enter a number of credits above 0/);
      expect(ui.harness.state().settings.lowCreditThreshold).toBeNull();
      for (const colorScheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page)).toEqual([]);
      }

      await field.fill('250');
      await page.keyboard.press('Tab');
      await expect(view.getByRole('status')).toHaveText('Low-credit warning saved.');
      expect(ui.harness.state().settings.lowCreditThreshold).toBe(250);
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });

    test('"Expiring" leaves out a token that renews by itself', async ({ ui }) => {
      const { page } = ui;
      // demo-expiring's token lives 3 days: the monitor renews it at half its life, so it needs nothing from the user.
      await seedAccounts(page, ui.sandbox.baseUrl, [
        { label: 'Soon', clientId: 'demo-expiring', clientSecret: 'demo-secret-expiring' },
        { label: 'Alpha', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
      ]);
      await expect(page.getByRole('listbox', { name: /^Accounts/ })).toBeFocused();
      await expect(ui.row('Soon').locator('.row-status')).toBeVisible();
      await expect(ui.row('Soon')).toContainText('renews automatically');
      await expect(page.locator('.chip-expiring .count')).toHaveText('0');
      await page.locator('.chip-expiring').click();
      await expect(page.getByText('No account matches this filter.')).toBeVisible();
    });
  });
}
