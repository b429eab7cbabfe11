// Figure: one keystroke in the search field over 1,000 accounts until the filtered list is painted, against a keystroke into a bare field. Must not import app code.
import type { BrowserContext, Page } from '@playwright/test';
import { timeToPaint } from './browser';
import { compareRuns, type Figure } from './figure';
import type { PageTarget } from './page-loads';
import { armKeystrokeProbe } from './page-probes';

/** What a seeded bench account is searched by (scripts/bench/seed-vaults.ts): label, client ID and email. */
export function benchSearchFields(index: number): string[] {
  return [`Account ${String(index).padStart(4, '0')}`, `bench-${index}`, `bench-${index}@sandbox.test`];
}

/** How many of `total` bench accounts a query matches, by the window's rule: case-insensitive substring of any field. */
export function benchMatches(total: number, query: string): number {
  const needle = query.toLowerCase();
  let count = 0;
  for (let index = 0; index < total; index += 1) {
    if (benchSearchFields(index).some((field) => field.toLowerCase().includes(needle))) count += 1;
  }
  return count;
}

/** Single keys that each narrow the full list to a non-empty part of it. */
const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

async function timeKey(page: Page, key: string, expectedRows: number | null): Promise<number> {
  // Both pages are open at once; a page in the background gets about one animation frame a second.
  await page.bringToFront();
  await page.evaluate(armKeystrokeProbe, expectedRows);
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(() => globalThis.benchKeyMs, undefined, { timeout: 30_000 });
  const ms = await handle.jsonValue();
  if (typeof ms !== 'number') throw new Error('The page did not report the keystroke.');
  return ms;
}

export async function searchLatency(context: BrowserContext, ours: PageTarget, floor: PageTarget, total: number): Promise<Figure> {
  const oursPage = (await timeToPaint(context, ours.url, ours.goal)).page;
  const search = oursPage.getByRole('searchbox', { name: 'Search accounts' });
  const floorPage = (await timeToPaint(context, floor.url, floor.goal)).page;
  await floorPage.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'floor field');
    document.body.append(field);
  });
  const floorField = floorPage.getByLabel('floor field');
  const measured = { ours: [] as number[], floor: [] as number[] };
  for (const key of keys) {
    await search.fill('');
    await oursPage.waitForFunction(
      (all) => Number(document.querySelector('[role="listbox"] [role="option"]')?.getAttribute('aria-setsize')) === all,
      total,
    );
    await search.focus();
    measured.ours.push(await timeKey(oursPage, key, benchMatches(total, key)));
    await floorField.fill('');
    await floorField.focus();
    measured.floor.push(await timeKey(floorPage, key, null));
  }
  await oursPage.close();
  await floorPage.close();
  return compareRuns(
    {
      name: `search keystroke, ${total} accounts`,
      unit: 'ms',
      target: '—',
      note: `keydown of one digit in the empty search field → the filtered list (${keys.map((key) => benchMatches(total, key)).join(', ')} matches) painted; floor: the same keydown into a bare page's field → painted`,
    },
    measured.ours,
    measured.floor,
  );
}
