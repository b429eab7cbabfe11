// axe-core on every view and state of the window at 1024×720 and 640×480 (list, detail, ⋯ menu, copy menu, toast, confirm dialog, help, add sheet, settings, filtered and empty results): 0 serious or critical violations.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { fleetLabel, fleetSeeds } from '../support/fleet-accounts';
import { seriousViolations } from './axe';
import { expect, test, type VaultUi } from './fixtures';
import { seedAccounts } from './seed-accounts';

const fleet = fleetSeeds(12);

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...fleet] } });

async function seed(ui: VaultUi): Promise<void> {
  await seedAccounts(
    ui.page,
    ui.sandbox.baseUrl,
    fleet.map((account, index) => ({ label: fleetLabel(index), clientId: account.clientId, clientSecret: account.clientSecret })),
  );
  await expect(ui.page.getByRole('listbox', { name: /^Accounts/ })).toBeVisible();
}

/** Runs axe and records the state's name with any violation, so one run reports every failing state. */
async function audit(page: Page, state: string, found: string[]): Promise<void> {
  for (const violation of await seriousViolations(page)) found.push(`${state} → ${violation}`);
}

for (const size of [
  { name: '1024×720', width: 1024, height: 720 },
  { name: '640×480', width: 640, height: 480 },
] as const) {
  test(`every view and state at ${size.name} has no serious or critical axe violation`, async ({ ui }) => {
    test.setTimeout(90_000);
    const { page } = ui;
    await page.setViewportSize({ width: size.width, height: size.height });
    const found: string[] = [];
    await seed(ui);
    await audit(page, 'list', found);

    const banned = fleetLabel(7);
    await ui.select(banned);
    await expect(ui.card(banned)).toBeVisible();
    await audit(page, 'detail of a banned account', found);
    await ui.card(banned).getByRole('button', { name: `More actions for ${banned}` }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit(page, '⋯ menu', found);
    await page.keyboard.press('Escape');
    await ui.card(banned).getByText('Advanced').click();
    await audit(page, 'detail with Advanced open', found);
    await ui.card(banned).getByRole('button', { name: 'Copy token', exact: true }).click();
    await expect(page.getByTestId('confirm-copy')).toBeVisible();
    await audit(page, 'copy confirmation', found);
    await page.getByRole('button', { name: 'Copy anyway' }).click();
    await expect(page.getByTestId('toast')).toBeVisible();
    await audit(page, 'toast', found);
    await ui.card(banned).getByRole('button', { name: 'More ways to copy' }).click();
    await audit(page, 'copy menu', found);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('no such account');
    await expect(page.getByText('No account matches')).toBeVisible();
    await audit(page, 'search without results', found);
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('');
    await page.getByTestId('ban-alert').getByRole('button', { name: 'Show' }).click();
    await audit(page, 'Banned filter', found);

    await page.keyboard.press('?');
    await expect(page.getByTestId('help-overlay')).toBeVisible();
    await audit(page, 'help', found);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+n');
    await expect(ui.sheet()).toBeVisible();
    await audit(page, 'add sheet', found);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+,');
    await expect(page.getByTestId('settings')).toBeVisible();
    await audit(page, 'settings', found);
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await audit(page, 'Banned filter in dark', found);
    await page.getByRole('button', { name: /^All/ }).click();
    await ui.select(fleetLabel(1));
    await audit(page, 'detail in dark', found);

    expect(found).toEqual([]);
  });
}
