// Figures 2 and 3a: time until the vault page shows its accounts' statuses, against loading the bare React page, alternating. Must not import app code.
import type { BrowserContext, Page } from '@playwright/test';
import { bareHelloText } from './build-pages';
import { timeToPaint } from './browser';
import type { PaintGoal } from './page-probes';

export interface PageTarget {
  url: string;
  goal: PaintGoal;
}

export const barePage = (url: string): PageTarget => ({ url, goal: { kind: 'text', selector: '#hello', text: bareHelloText } });
export const vaultPage = (url: string, total: number): PageTarget => ({ url, goal: { kind: 'accounts', total } });

export interface AlternatingLoads {
  ours: number[];
  floor: number[];
}

/**
 * Loads ours and the floor `runs` times each, swapping which goes first every round, after one unmeasured warm-up
 * of each. `inspect` sees every measured page before it closes (e.g. to read its heap).
 */
export async function alternateLoads(
  context: BrowserContext,
  ours: PageTarget,
  floor: PageTarget,
  runs: number,
  inspect?: (which: 'ours' | 'floor', page: Page) => Promise<void>,
): Promise<AlternatingLoads> {
  const result: AlternatingLoads = { ours: [], floor: [] };
  const load = async (which: 'ours' | 'floor', measured: boolean): Promise<void> => {
    const target = which === 'ours' ? ours : floor;
    const { ms, page } = await timeToPaint(context, target.url, target.goal);
    if (measured) {
      result[which].push(ms);
      await inspect?.(which, page);
    }
    await page.close();
  };
  await load('ours', false);
  await load('floor', false);
  for (let round = 0; round < runs; round += 1) {
    const order: ('ours' | 'floor')[] = round % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
    for (const which of order) await load(which, true);
  }
  return result;
}
