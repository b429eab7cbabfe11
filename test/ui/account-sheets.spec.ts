// Rename, Replace secret and Remove edit in modal sheets whose buttons are whole and on top; a refused secret stays typed with one plain sentence at its field; Check now's and the sheets' results show beside the button that started them, never under the toast (issue 17, items 2 and 19).
import type { Locator, Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectWholeAndOnTop, windowSizes } from './geometry';

test.use({ sandboxOptions: { accounts: [...demoAccounts] } });

/** The sentence that an input's aria-describedby points at. */
const describedText = (field: Locator): Promise<string> =>
  field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

/** True when `result` sits beside `button`: their boxes overlap vertically, or the result starts just below it. */
async function besides(result: Locator, button: Locator): Promise<boolean> {
  const [a, b] = [await result.boundingBox(), await button.boundingBox()];
  if (a === null || b === null) return false;
  const overlapsVertically = a.y < b.y + b.height && b.y < a.y + a.height;
  const justBelow = a.y >= b.y && a.y - (b.y + b.height) < 24 && Math.abs(a.x - b.x) < 400;
  return overlapsVertically || justBelow;
}

async function auditLightAndDark(page: Page): Promise<string[]> {
  const found = await seriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await seriousViolations(page)));
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Replace secret is a sheet: a refused secret stays typed, its error is said once at its field; the result shows by the ⋯ button', async ({ ui }) => {
      const { page } = ui;
      await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
      const card = ui.card('Main');
      await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
      // The toast is up while the sheet is used.
      await card.getByRole('button', { name: 'Copy token', exact: true }).click();
      await expect(page.getByTestId('toast')).toBeVisible();

      await card.getByRole('button', { name: 'More actions for Main' }).click();
      await page.getByRole('menuitem', { name: 'Replace secret…' }).click();
      const sheet = page.getByRole('dialog', { name: 'Replace the secret' });
      await expect(sheet).toBeVisible();
      const secret = sheet.getByLabel('New secret', { exact: true });
      await expect(secret).toBeFocused();
      await expectWholeAndOnTop(sheet.getByRole('button', { name: /^(Save secret|Cancel)$/ }));

      await secret.fill('not-the-secret');
      await sheet.getByRole('button', { name: 'Save secret' }).click();
      await expect(secret).toHaveAttribute('aria-invalid', 'true');
      await expect(secret).toHaveValue('not-the-secret');
      await expect(secret).toBeFocused();
      const said = await describedText(secret);
      expect(said).toBe('Akool did not accept this secret. Check it against Akool’s API Credentials page.');
      // Said once: the code and Akool's own words wait behind a closed Details (innerText skips what it hides).
      const shown = await sheet.evaluate((dialog) => (dialog instanceof HTMLElement ? dialog.innerText : ''));
      expect(shown.match(/Akool (did not accept|rejected)/g)).toHaveLength(1);
      await sheet.getByText('Details', { exact: true }).click();
      await expect(sheet.getByText(/^invalid-credentials: /)).toBeVisible();
      await expectWholeAndOnTop(sheet.getByTestId('add-error').locator('p').first());
      await expectWholeAndOnTop(sheet.getByRole('button', { name: /^(Save secret|Cancel)$/ }));
      expect(await auditLightAndDark(page)).toEqual([]);

      await secret.fill('demo-secret-active');
      await sheet.getByRole('button', { name: 'Save secret' }).click();
      await expect(sheet).toHaveCount(0);
      const result = card.getByTestId('account-status');
      await expect(result).toHaveText('Secret replaced');
      const more = card.getByRole('button', { name: 'More actions for Main' });
      await expect(more).toBeFocused();
      expect(await besides(result, more)).toBe(true);
      await expectWholeAndOnTop(result);
    });

    test('Rename and Remove are sheets with their buttons in reach; Check now says its result beside it, not under the toast', async ({ ui }) => {
      const { page } = ui;
      await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
      const card = ui.card('Main');
      await card.getByRole('button', { name: 'Copy token', exact: true }).click();
      await expect(page.getByTestId('toast')).toBeVisible();

      const check = card.getByRole('button', { name: 'Check now' });
      await check.click();
      const checked = card.getByTestId('check-result');
      await expect(checked).toHaveText(/^Check finished\./);
      expect(await besides(checked, check)).toBe(true);
      await expectWholeAndOnTop(checked);

      await card.getByRole('button', { name: 'More actions for Main' }).click();
      await page.getByRole('menuitem', { name: 'Rename…' }).click();
      const rename = page.getByRole('dialog', { name: 'Rename Main' });
      await expect(rename.getByLabel('New name')).toBeFocused();
      await expectWholeAndOnTop(rename.getByRole('button', { name: /^(Save name|Cancel)$/ }));
      expect(await auditLightAndDark(page)).toEqual([]);
      await rename.getByLabel('New name').fill('Main account');
      await page.keyboard.press('Enter');
      await expect(rename).toHaveCount(0);
      const renamed = ui.card('Main account');
      await expect(renamed.getByTestId('account-status')).toHaveText('Name saved');
      await expectWholeAndOnTop(renamed.getByTestId('account-status'));

      await renamed.getByRole('button', { name: 'More actions for Main account' }).click();
      await page.getByRole('menuitem', { name: 'Remove…' }).click();
      const remove = page.getByRole('dialog', { name: 'Remove Main account?' });
      await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expectWholeAndOnTop(remove.getByRole('button', { name: /^(Confirm remove|Cancel)$/ }));
      expect(await auditLightAndDark(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(remove).toHaveCount(0);
      await expect(renamed.getByRole('button', { name: 'More actions for Main account' })).toBeFocused();
    });
  });
}
