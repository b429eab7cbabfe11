// The window with 60 accounts at 1024×720 and 640×480, keyboard only: find by typing, open and copy, Ctrl/Cmd+C on the selected row, the Banned filter from the ban line, a confirmed copy of a banned token, the toast, settings, rows per screen, and focus never on the body.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { fleetLabel, fleetSeeds } from '../support/fleet-accounts';
import { focusIsLost } from './axe';
import { expect, test, type VaultUi } from './fixtures';
import { seedAccounts } from './seed-accounts';

const fleet = fleetSeeds(60);
const sizes = [
  { name: '1024×720', width: 1024, height: 720, onePane: false },
  { name: '640×480', width: 640, height: 480, onePane: true },
] as const;

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...fleet] } });

async function seedFleet(ui: VaultUi): Promise<void> {
  await seedAccounts(
    ui.page,
    ui.sandbox.baseUrl,
    fleet.map((seed, index) => ({ label: fleetLabel(index), clientId: seed.clientId, clientSecret: seed.clientSecret })),
  );
  await expect(ui.page.getByRole('listbox')).toHaveAttribute('aria-label', 'Accounts, 60 shown');
}

/** Presses a key, then checks focus is not on the body once the window has handled it. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => focusIsLost(page), { message: `focus fell to the body after ${key}` }).toBe(false);
}

/** The account rows (the sort select has options of its own). */
const rows = (page: Page) => page.getByRole('listbox', { name: /^Accounts/ }).getByRole('option');

const activeLabel = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return id === null || id === undefined ? null : (document.getElementById(id)?.querySelector('.row-label')?.textContent ?? null);
  });

const tokenOf = (ui: VaultUi, clientId: string): string | undefined => ui.sandbox.issuedTokens(clientId).at(-1);

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('find an account among 60 by typing, open it and copy its token without the mouse', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui);
      await press(page, '/');
      await expect(page.getByRole('searchbox', { name: 'Search accounts' })).toBeFocused();
      await page.keyboard.type('team-44@');
      await expect(rows(page)).toHaveCount(1);
      await expect(ui.row(fleetLabel(44))).toBeVisible();
      await press(page, 'ArrowDown');
      await expect(page.getByRole('listbox')).toBeFocused();
      expect(await activeLabel(page)).toBe(fleetLabel(44));

      await press(page, 'Enter');
      const detail = ui.card(fleetLabel(44));
      await expect(detail.getByRole('button', { name: 'Copy token', exact: true })).toBeFocused();
      if (size.onePane) await expect(page.getByRole('listbox')).toBeHidden();
      await press(page, 'Enter');
      await expect(page.getByTestId('toast')).toContainText('Token copied');
      expect(ui.harness.clipboard.text()).toBe(tokenOf(ui, 'fleet-44'));

      await press(page, 'Escape');
      await expect(page.getByRole('listbox')).toBeFocused();
      await press(page, 'Escape');
      expect(await focusIsLost(page)).toBe(false);

      // The skip link reaches the list from anywhere, also from an open account in one pane.
      await press(page, 'Enter');
      await expect(detail.getByRole('button', { name: 'Copy token', exact: true })).toBeFocused();
      await page.getByRole('link', { name: 'Skip to the account list' }).focus();
      await press(page, 'Enter');
      await expect(page.getByRole('listbox')).toBeFocused();
    });

    test('Ctrl+C copies the selected row; arrows, Home and End move through the one Tab stop', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui);
      await page.getByRole('listbox').focus();
      await press(page, 'End');
      const last = await activeLabel(page);
      await expect(page.locator(`[role="option"][aria-selected="true"]`)).toBeInViewport();
      await press(page, 'Home');
      const first = await activeLabel(page);
      expect(first).not.toBe(last);
      // Banned accounts sort first, active ones last: pick one near the end.
      await press(page, 'End');
      await press(page, 'ArrowUp');
      await press(page, 'ArrowUp');
      await press(page, 'ArrowDown');
      const chosen = await activeLabel(page);
      const index = Array.from({ length: 60 }, (_, at) => at).find((at) => fleetLabel(at) === chosen);
      expect(index).toBeDefined();
      const seed = fleet[index ?? -1];
      expect(seed?.state).toBe('active');

      await press(page, 'Control+c');

      await expect(page.getByTestId('toast')).toContainText('Token copied');
      expect(ui.harness.clipboard.text()).toBe(tokenOf(ui, seed?.clientId ?? ''));
      await expect(page.getByRole('listbox')).toBeFocused();
    });

    test('the ban line applies the Banned filter, and copying a banned token asks first', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui);
      const line = page.getByTestId('ban-alert');
      await expect(line).toHaveText(/3 accounts banned by Akool/);
      await line.getByRole('button', { name: 'Show' }).click();
      await expect(page.getByRole('button', { name: /^Banned/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('button', { name: /^Banned/ })).toContainText('3');
      await expect(rows(page)).toHaveCount(3);
      for (const row of await rows(page).all()) await expect(row).toHaveAttribute('data-status', 'banned');
      await expect(page.getByRole('listbox')).toBeFocused();

      await press(page, 'Control+c');
      const dialog = page.getByTestId('confirm-copy');
      await expect(dialog).toContainText('banned');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await press(page, 'Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('listbox')).toBeFocused();
      expect(ui.harness.clipboard.text()).toBe('');

      await press(page, 'Control+c');
      await dialog.getByRole('button', { name: 'Copy anyway' }).click();
      await expect(page.getByTestId('toast')).toContainText('Token copied');
      expect(ui.harness.clipboard.text()).toMatch(/^eyJ/);
      await expect(page.getByRole('listbox')).toBeFocused();
    });

    test('the toast never moves the layout and goes away by itself', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui);
      const list = page.getByRole('listbox');
      const before = await list.boundingBox();
      await list.focus();
      await press(page, 'End');
      await press(page, 'Control+c');
      const toast = page.getByTestId('toast');
      await expect(toast).toContainText(/Token copied · clears in \d+ s/);
      await expect(toast.getByRole('button', { name: 'Clear now' })).toBeVisible();
      expect(await list.boundingBox()).toEqual(before);
      await expect(toast).toHaveCount(0, { timeout: 15_000 });
      expect(await list.boundingBox()).toEqual(before);
      await expect(list).toBeFocused();
    });

    test('settings open with Ctrl+, and close with Esc, focus back where it was', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(ui);
      await page.getByRole('listbox').focus();
      await press(page, 'Control+,');
      await expect(page.getByTestId('settings')).toBeVisible();
      await press(page, 'Escape');
      await expect(page.getByTestId('settings')).toHaveCount(0);
      await expect(page.getByRole('listbox')).toBeFocused();
      await press(page, 'Control+n');
      await expect(ui.sheet()).toBeVisible();
      await press(page, 'Escape');
      await expect(ui.sheet()).toHaveCount(0);
      await expect(page.getByRole('listbox')).toBeFocused();
    });

    test('rows per screen: every row the list shows in full', async ({ ui }, testInfo) => {
      const { page } = ui;
      await seedFleet(ui);
      const box = await page.getByRole('listbox').boundingBox();
      const shown = await rows(page).evaluateAll((options) =>
        options.map((option) => {
          const rect = option.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom };
        }),
      );
      const top = box?.y ?? 0;
      const bottom = top + (box?.height ?? 0);
      const whole = shown.filter((row) => row.top >= top - 0.5 && row.bottom <= bottom + 0.5).length;
      testInfo.annotations.push({ type: 'rows per screen', description: `${whole} at ${size.name}` });
      expect(whole).toBeGreaterThanOrEqual(size.onePane ? 5 : 10);

      // Scrolled far from the active (first) row, the listbox still names a mounted option.
      await page.getByRole('listbox').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
      await expect(rows(page).last()).toHaveAttribute('aria-posinset', '60');
      await expect(rows(page).last()).toBeInViewport();
      const named = await page
        .getByRole('listbox')
        .evaluate((list) => document.getElementById(list.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-selected'));
      expect(named).toBe('true');
    });
  });
}

test('the focus order at 1024×720: skip link, top bar, ban line, filters, sort, check all, list, detail', async ({ ui }) => {
  const { page } = ui;
  await page.setViewportSize({ width: 1024, height: 720 });
  await seedFleet(ui);
  // The window starts in the list; from the top of the page, Tab walks the order below.
  await expect(page.getByRole('listbox')).toBeFocused();
  await page.getByRole('link', { name: 'Skip to the account list' }).focus();
  const names: string[] = [];
  for (let step = 0; step < 16; step += 1) {
    if (step > 0) await page.keyboard.press('Tab');
    expect(await focusIsLost(page)).toBe(false);
    names.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement)) return '';
        const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
        const labelled = element instanceof HTMLSelectElement ? element.labels[0]?.textContent : null;
        const name = element.getAttribute('aria-label') ?? labelled ?? element.textContent?.trim() ?? '';
        return `${role}: ${name.replace(/\s+/g, ' ')}`;
      }),
    );
  }
  expect(names.slice(0, 14)).toEqual([
    'a: Skip to the account list',
    'input: Search accounts',
    'button: + Add account',
    'button: Settings',
    'button: Keyboard shortcuts',
    'button: Show',
    'button: All 60',
    'button: Needs attention 3',
    'button: Expiring 0',
    'button: Banned 3',
    'select: Sort by',
    'button: Check all 60',
    'listbox: Accounts, 60 shown',
    `button: More actions for ${names[13]?.replace('button: More actions for ', '') ?? ''}`,
  ]);
});
