// Figure: account rows wholly visible at once at the app's default window (1024×720) and its minimum (640×480). Must not import app code.
import type { Browser } from '@playwright/test';
import { newBenchContext, timeToPaint, type Viewport } from './browser';
import { compareRuns, type Figure } from './figure';
import type { PageTarget } from './page-loads';
import { countVisibleRows } from './page-probes';

/** The row height the issue asks for ("rows about 50 px"); the reference is the whole window filled with such rows. */
const referenceRowPx = 50;

export const screenSizes: readonly Viewport[] = [
  { width: 1024, height: 720 },
  { width: 640, height: 480 },
];

export async function rowsPerScreen(browser: Browser, ours: PageTarget): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of screenSizes) {
    const context = await newBenchContext(browser, size);
    const { page } = await timeToPaint(context, ours.url, ours.goal);
    const rows = await page.evaluate(countVisibleRows);
    await context.close();
    figures.push(
      compareRuns(
        {
          name: `rows visible, ${size.width}×${size.height}`,
          unit: 'rows',
          target: size.height >= 720 ? '≥ 10' : '—',
          note: `account rows wholly inside the list's visible area at first paint, ${ours.goal.kind === 'accounts' ? ours.goal.total : 0} accounts; reference: the whole window height in ${referenceRowPx} px rows, no top bar (so the ratio is the share of the window the list gets)`,
        },
        [rows],
        [Math.floor(size.height / referenceRowPx)],
      ),
    );
  }
  return figures;
}
