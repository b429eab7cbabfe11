// Check all and the toast (issue 17, items 9 and 10), at both sizes: "Check all N" says what it covers and checks what the list shows, its result goes to the status strip, and the strip is reserved, so the toast never covers a row, the forecast, a sheet's buttons or Settings.
import type { Locator, Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { fleetLabel, fleetSeeds } from '../support/fleet-accounts';
import { openSettings, topBarButton } from '../support/ui-steps';
import { seriousViolations } from './axe';
import { expect, test, type VaultUi } from './fixtures';
import { seedAccounts } from './seed-accounts';
import { sizes } from './window-sizes';

const fleet = fleetSeeds(24);
test.use({ sandboxOptions: { accounts: [...demoAccounts, ...fleet] } });

async function seedFleet(ui: VaultUi, count: number): Promise<void> {
  const seeds = fleet.slice(0, count).map((seed, index) => ({ label: fleetLabel(index), clientId: seed.clientId, clientSecret: seed.clientSecret }));
  await seedAccounts(ui.page, ui.sandbox.baseUrl, seeds);
}

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not rendered');
  return box;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when the element at the centre of `locator` is it or inside it: nothing is drawn over it. */
const onTop = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });

const listbox = (page: Page) => page.getByRole('listbox', { name: /^Accounts/ });

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('"Check all N" checks what is shown and reports in the status strip without moving the list', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui, 6);
      const button = page.getByRole('button', { name: 'Check all 6' });
      await expect(button).toBeVisible();
      const before = await boxOf(listbox(page));
      await button.click();
      const toast = page.getByTestId('toast');
      await expect(toast).toHaveText('Checked 6 accounts.');
      expect(await boxOf(listbox(page))).toEqual(before);

      await page.getByRole('searchbox', { name: 'Search accounts' }).fill('team-1@');
      const subset = page.getByRole('button', { name: 'Check 1 shown' });
      await expect(subset).toBeVisible();
      const quota = () => ui.sandbox.requests.filter((request) => request.path.endsWith('/quota/info')).length;
      const sent = quota();
      await subset.click();
      await expect(toast).toHaveText('Checked 1 account shown.');
      expect(quota() - sent).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });

    test('the toast has its own strip: never over the last row, the forecast, a sheet or Settings', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui, 24);
      await expect(listbox(page)).toBeFocused();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+c');
      const toast = page.getByTestId('toast');
      await expect(toast).toContainText('Token copied');
      const strip = await boxOf(toast);
      const rows = listbox(page).getByRole('option');
      const last = rows.last();
      await expect(last).toBeInViewport();
      expect(overlaps(await boxOf(listbox(page)), strip)).toBe(false);
      expect(await onTop(last)).toBe(true);

      await page.keyboard.press('Enter');
      const forecast = page.getByTestId('forecast');
      await forecast.scrollIntoViewIfNeeded();
      expect(await onTop(forecast)).toBe(true);
      expect(overlaps(await boxOf(forecast), strip)).toBe(false);

      await page.keyboard.press('Control+c');
      await expect(toast).toContainText('Token copied');
      await topBarButton(page, 'Add account').click();
      for (const name of ['Cancel', 'Add account']) {
        expect(await onTop(ui.sheet().getByRole('button', { name, exact: true }))).toBe(true);
      }
      await page.keyboard.press('Escape');

      const settings = await openSettings(page);
      await expect(toast).toBeVisible();
      const lastSection = settings.locator('section').last();
      await lastSection.scrollIntoViewIfNeeded();
      expect(overlaps(await boxOf(lastSection), await boxOf(toast))).toBe(false);
      expect(await onTop(lastSection.locator('h3'))).toBe(true);
    });
  });
}
