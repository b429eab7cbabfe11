// axe-core over what is on screen now: serious and critical violations as "rule: target" lines, so a failure names the element.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Waits for running time-based CSS animations (e.g. the toast fading in), so colours are measured as they settle. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Scroll-driven ones (the list's shadow and row Copy) follow scrolling and never finish: they are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.timeline instanceof DocumentTimeline)
        .map((animation) => animation.finished),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** True when keyboard focus has fallen to the page body (or nowhere). */
export const focusIsLost = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
