// The keyboard as a KeePassXC user expects (issue 17, item 12), at both sizes: focus starts in the list (or in search), Delete removes asking first with Undo from the toast, F2 renames, Ctrl+Shift+C copies the header form, Esc in the list clears the search.
import { seriousViolations } from './axe';
import { expect, test, type VaultUi } from './fixtures';
import { seedAccounts } from './seed-accounts';
import { sizes } from './window-sizes';

async function seedTwo(ui: VaultUi): Promise<void> {
  await seedAccounts(ui.page, ui.sandbox.baseUrl, [
    { label: 'Alpha', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
    { label: 'Beta', clientId: 'demo-renewable', clientSecret: 'demo-secret-renewable' },
  ]);
}

const listbox = (ui: VaultUi) => ui.page.getByRole('listbox', { name: /^Accounts/ });

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('at launch focus is in the list; with an empty vault it is on a control, never the page', async ({ ui }) => {
      await expect(ui.page.getByRole('button', { name: 'Add account' }).first()).toBeVisible();
      await expect.poll(() => ui.page.evaluate(() => document.activeElement?.tagName ?? 'none')).not.toBe('BODY');
      await seedTwo(ui);
      await expect(listbox(ui)).toBeFocused();
    });

    test('Delete asks first, says Undo is possible, hides the account; Undo in the toast brings it back', async ({ ui }) => {
      const { page } = ui;
      await seedTwo(ui);
      await expect(listbox(ui)).toBeFocused();
      await page.keyboard.press('Delete');
      const confirm = page.getByRole('dialog', { name: 'Remove Alpha?' });
      await expect(confirm).toBeVisible();
      await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expect(confirm).toContainText('undo it for 10 seconds');
      for (const colorScheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page)).toEqual([]);
      }
      await confirm.getByRole('button', { name: 'Confirm remove' }).click();
      await expect(confirm).toHaveCount(0);
      const toast = page.getByTestId('toast');
      await expect(toast).toContainText('Removed “Alpha”.');
      await expect(ui.row('Alpha')).toHaveCount(0);
      expect(ui.harness.state().accounts.map((account) => account.label)).toEqual(['Beta']);
      // Kept until the undo window ends: the record is still in the vault file.
      expect(ui.vaultFile()).toMatch(/"label":\s*"Alpha"/);
      await toast.getByRole('button', { name: 'Undo' }).click();
      await expect(ui.row('Alpha')).toBeVisible();
      await expect(toast).toContainText('Restored “Alpha”.');
      for (const colorScheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page)).toEqual([]);
      }
      expect(ui.harness.state().accounts.map((account) => account.label).sort()).toEqual(['Alpha', 'Beta']);
    });

    test('F2 renames the selected account; Ctrl+Shift+C copies its header form', async ({ ui }) => {
      const { page } = ui;
      await seedTwo(ui);
      await expect(listbox(ui)).toBeFocused();
      await page.keyboard.press('Control+Shift+C');
      await expect(page.getByTestId('toast')).toContainText('Authorization header copied');
      expect(ui.harness.clipboard.text()).toMatch(/^Bearer eyJ/);
      await listbox(ui).focus();
      await page.keyboard.press('F2');
      const name = page.getByLabel('New name', { exact: true });
      await expect(name).toBeFocused();
      await name.fill('Alpha prime');
      await page.keyboard.press('Enter');
      await expect(ui.card('Alpha prime')).toBeVisible();
      expect(ui.harness.state().accounts.map((account) => account.label).sort()).toEqual(['Alpha prime', 'Beta']);
    });

    test('Esc in the list clears the search, as the help overlay says', async ({ ui }) => {
      const { page } = ui;
      await seedTwo(ui);
      await expect(listbox(ui)).toBeFocused();
      await page.keyboard.press('/');
      await page.keyboard.type('beta');
      await expect(listbox(ui).getByRole('option')).toHaveCount(1);
      await page.keyboard.press('ArrowDown');
      await expect(listbox(ui)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('searchbox', { name: 'Search accounts' })).toHaveValue('');
      await expect(listbox(ui).getByRole('option')).toHaveCount(2);
      await expect(listbox(ui)).toBeFocused();
      await page.keyboard.press('?');
      const help = page.getByRole('dialog');
      await expect(help).toContainText('Rename the selected account');
      await expect(help).toContainText('Remove the selected account (asks first; Undo for 10 s)');
      await expect(help).toContainText('Copy it as a header');
      await expect(help).toContainText('in the list, clear the search');
    });
  });
}
