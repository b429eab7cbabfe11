// The window's small things at 1024×720 and 640×480 (issue 17, Low items 14–17 and 20): a banned account's copy button is secondary; the first run says API key first, with no search and one Add button; labels sit on their values' baseline; the list shows a shadow under the filter bar when scrolled and no stub of a partly hidden row's Copy; the search placeholder is whole.
import type { Locator, Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { fleetLabel, fleetSeeds } from '../support/fleet-accounts';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { windowSizes } from './geometry';
import { seedAccounts } from './seed-accounts';

const fleet = fleetSeeds(30);

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...fleet] } });

async function seedFleet(page: Page, baseUrl: string): Promise<void> {
  await seedAccounts(
    page,
    baseUrl,
    fleet.map((seed, index) => ({ label: fleetLabel(index), clientId: seed.clientId, clientSecret: seed.clientSecret })),
  );
}

/** The baseline of the first line of text in each element: a zero-size inline-block put at its start sits on it. */
const baselines = (cells: Locator): Promise<number[]> =>
  cells.evaluateAll((elements) =>
    elements.map((element) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
      const first = element.querySelector('[data-testid="checked"]') ?? element;
      first.prepend(probe);
      const bottom = probe.getBoundingClientRect().bottom;
      probe.remove();
      return bottom;
    }),
  );

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('first run: API key first, no search field, one Add button', async ({ ui }) => {
      const { page } = ui;
      const firstRun = page.getByTestId('first-run');
      await expect(firstRun).toContainText('API key');
      const text = (await firstRun.locator('p').first().textContent()) ?? '';
      expect(text.indexOf('API key')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('API key')).toBeLessThan(text.indexOf('client ID'));
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Add account/ })).toHaveCount(1);
      await expect(firstRun).toContainText('+ Add account at the top');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Control+n');
      await expect(ui.sheet()).toBeVisible();
    });

    test('a banned account’s copy button is secondary; labels sit on their values’ baseline, under Advanced too', async ({ ui }) => {
      const { page } = ui;
      await seedAccounts(page, ui.sandbox.baseUrl, [
        { label: 'Production', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
        { label: 'Old agency key', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' },
      ]);
      const active = await ui.select('Production');
      const primaryBackground = await active
        .getByRole('button', { name: 'Copy token', exact: true })
        .evaluate((button) => getComputedStyle(button).backgroundColor);
      await active.getByText('Advanced', { exact: true }).click();
      const facts = active.locator('dl.facts > div');
      for (const fact of await facts.all()) {
        const [label, value] = await baselines(fact.locator('dt, dd'));
        const name = await fact.locator('dt').textContent();
        expect(Math.abs((label ?? 0) - (value ?? 100)), `${name}: label and value baselines`).toBeLessThan(1);
      }
      if (size.onePane) await active.getByRole('button', { name: 'Accounts' }).click();

      const banned = await ui.select('Old agency key');
      const copy = banned.getByRole('button', { name: 'Copy token', exact: true });
      await expect(copy).not.toHaveClass(/\bprimary\b/);
      expect(await copy.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe(primaryBackground);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the list shows a shadow under the filter bar once scrolled, and no stub of a partly hidden row’s Copy', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(page, ui.sandbox.baseUrl);
      const list = page.getByRole('listbox', { name: /^Accounts/ });
      await expect(list).toHaveAttribute('aria-label', 'Accounts, 30 shown');
      const shadow = (): Promise<number> =>
        page.locator('.list-pane .filter-bar').evaluate((bar) => Number(getComputedStyle(bar, '::after').opacity));
      expect(await shadow()).toBe(0);

      // Scroll by half a row: the top row is cut by the filter bar, and the bottom one by the window.
      await list.evaluate((element) => element.scrollTo({ top: 75 }));
      await expect.poll(shadow).toBeGreaterThan(0.9);
      await list.hover({ position: { x: 100, y: 5 } });
      const cut = await list.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [...element.querySelectorAll('[role="option"]')]
          .map((row) => ({ row, rect: row.getBoundingClientRect() }))
          .filter(({ rect }) => rect.top < box.top - 1 || rect.bottom > box.bottom + 1)
          .filter(({ rect }) => rect.bottom > box.top && rect.top < box.bottom)
          .map(({ row }) => {
            const copy = row.querySelector('.row-copy');
            if (copy === null) return 'no copy control';
            const rect = copy.getBoundingClientRect();
            const partly = rect.top < box.top || rect.bottom > box.bottom;
            return `${partly ? 'partly shown' : 'whole'} copy is ${getComputedStyle(copy).visibility}`;
          });
      });
      expect(cut.length).toBeGreaterThan(0);
      for (const state of cut) expect(state).not.toBe('partly shown copy is visible');
      // A whole row's Copy still shows where it should (the hovered or active row, every row in one pane).
      const whole = page.locator('.row.is-active .row-copy');
      await list.evaluate((element) => element.scrollTo({ top: 0 }));
      await expect.poll(() => whole.evaluate((copy) => getComputedStyle(copy).visibility)).toBe('visible');
    });

    test('the search placeholder is whole in its field', async ({ ui }) => {
      const { page } = ui;
      await seedFleet(page, ui.sandbox.baseUrl);
      const search = page.getByRole('searchbox', { name: 'Search accounts' });
      const fit = await search.evaluate((input) => {
        if (!(input instanceof HTMLInputElement)) return { text: 0, room: -1 };
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        if (context === null) return { text: 0, room: -1 };
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text).toBeLessThanOrEqual(fit.room);
    });
  });
}
