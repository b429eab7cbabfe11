// Figure 3: the vault page with 1,000 accounts: time to show them, scrolling through all of them, dropped frames and JS heap. Must not import app code.
import type { BrowserContext } from '@playwright/test';
import { heapAfterGc, timeToPaint } from './browser';
import { compareRuns, median, type Figure } from './figure';
import { alternateLoads, type PageTarget } from './page-loads';
import { idleFrames, scrollThrough, whenIdle, type FrameRun } from './page-probes';

const loadRuns = 5;
const scrollRuns = 5;
/** A frame counts as dropped when it took this many times the display's own frame interval. */
const droppedFactor = 1.5;
/** Scrolling starts once the page is idle after load (at most this long), as a person's first scroll would. */
const settleMs = 1000;

export async function listAtScale(context: BrowserContext, ours: PageTarget, floor: PageTarget, accounts: number): Promise<Figure[]> {
  const heap = { ours: [] as number[], floor: [] as number[] };
  const loads = await alternateLoads(context, ours, floor, loadRuns, async (which, page) => {
    heap[which].push(await heapAfterGc(page));
  });

  const scrolls: FrameRun[] = [];
  const paces: FrameRun[] = [];
  for (let run = 0; run < scrollRuns; run += 1) {
    const oursPage = (await timeToPaint(context, ours.url, ours.goal)).page;
    await oursPage.evaluate(whenIdle, settleMs);
    const scroll = await oursPage.evaluate(scrollThrough);
    await oursPage.close();
    const floorPage = (await timeToPaint(context, floor.url, floor.goal)).page;
    await floorPage.evaluate(whenIdle, settleMs);
    paces.push(await floorPage.evaluate(idleFrames, scroll.deltas.length));
    await floorPage.close();
    scrolls.push(scroll);
  }
  const frameMs = median(paces.flatMap((pace) => pace.deltas));
  const dropped = scrolls.map((scroll) => scroll.deltas.filter((delta) => delta > droppedFactor * frameMs).length);
  const frames = median(scrolls.map((scroll) => scroll.deltas.length));

  return [
    compareRuns(
      {
        name: `list render, ${accounts} accounts`,
        unit: 'ms',
        target: '—',
        note: 'navigation start → the list holds every account and the first screen of statuses is painted; floor: bare React page load',
      },
      loads.ours,
      loads.floor,
    ),
    compareRuns(
      {
        name: `scroll through ${accounts} accounts`,
        unit: 'ms',
        target: '—',
        note: `the account list from top to bottom, one list height per frame, ${frames} frames, from an idle page; floor: as many idle frames on the bare page`,
      },
      scrolls.map((scroll) => scroll.durationMs),
      paces.map((pace) => pace.durationMs),
    ),
    compareRuns(
      {
        name: 'dropped frames while scrolling',
        unit: 'frames',
        target: '0',
        note: `frames longer than ${droppedFactor} × the display's frame interval (${frameMs.toFixed(1)} ms, measured on the bare page)`,
      },
      dropped,
      [0],
    ),
    compareRuns(
      {
        name: `renderer JS heap, ${accounts} accounts`,
        unit: 'B',
        target: '—',
        note: 'Runtime.getHeapUsage after HeapProfiler.collectGarbage; floor: the bare React page',
      },
      heap.ours,
      heap.floor,
    ),
  ];
}
