// Every menu stays whole and on top at 1024×720 and 640×480: the copy split button's ▾ menu, the ⋯ menu and the sort's options, each item inside the window and the top element at its points (issue 17, item 1).
import { demoAccounts } from '../sandbox/server';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectWholeAndOnTop, windowSizes } from './geometry';
import { seedAccounts } from './seed-accounts';

test.use({ sandboxOptions: { accounts: [...demoAccounts] } });

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the copy menu, the ⋯ menu and the sort options are whole and on top; axe stays clean, light and dark', async ({ ui }) => {
      const { page } = ui;
      await seedAccounts(page, ui.sandbox.baseUrl, [
        { label: 'Production', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
        { label: 'Old agency key', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' },
      ]);
      const card = await ui.select('Production');

      await card.getByRole('button', { name: 'More ways to copy' }).click();
      const copyItems = page.getByRole('menu', { name: 'More ways to copy' }).getByRole('menuitem');
      await expect(copyItems).toHaveCount(4);
      await expectWholeAndOnTop(copyItems);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.keyboard.press('Escape');
      await expect(copyItems).toHaveCount(0);
      await expect(card.getByRole('button', { name: 'More ways to copy' })).toBeFocused();

      await card.getByRole('button', { name: 'More actions for Production' }).click();
      const moreItems = page.getByRole('menu', { name: 'More actions for Production' }).getByRole('menuitem');
      await expect(moreItems).toHaveCount(4);
      await expectWholeAndOnTop(moreItems);
      await page.keyboard.press('Escape');

      // The sort's options, with the detail closed in one pane so the list (and its filter bar) shows.
      if (size.onePane) await card.getByRole('button', { name: 'Accounts' }).click();
      const sort = page.getByRole('combobox', { name: 'Sort by' });
      await sort.click();
      const options = sort.getByRole('option');
      await expect(options).toHaveCount(3);
      await expectWholeAndOnTop(options);
      expect(await seriousViolations(page)).toEqual([]);
      await options.filter({ hasText: 'Name' }).click();
      await expect(sort).toHaveValue('name');
    });
  });
}
