// Debian Chromium through Playwright: page loads timed in the page, JS heap through the DevTools protocol. Must not import app code.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { watchForPaint, type PaintGoal } from './page-probes';

/** The app window's default size (main/platform/window-options.ts). */
export const viewport = { width: 1024, height: 720 };

export type Viewport = { width: number; height: number };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
  });
}

/** tsx names functions with an `__name` helper that does not exist in the page; this gives the page a harmless one. */
const nameShim = 'globalThis.__name ??= (target) => target;';

export async function newBenchContext(browser: Browser, size: Viewport = viewport): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: size, colorScheme: 'light' });
  await context.addInitScript({ content: nameShim });
  return context;
}

/** Opens `url` in a fresh page and resolves with ms from navigation start until the goal was painted; the page stays open. */
export async function timeToPaint(context: BrowserContext, url: string, goal: PaintGoal): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript(watchForPaint, goal);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => globalThis.benchPaintedAt, undefined, { timeout: 60_000 });
  const ms = await handle.jsonValue();
  if (typeof ms !== 'number') throw new Error('The page did not report when it painted.');
  return { ms, page };
}

/** JS heap in use after a full garbage collection, bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
