// Geometry checks for the window's reach: an element lies wholly inside the viewport and nothing covers it (document.elementFromPoint at its centre and near each corner hits it or its content).
import { expect, type Locator } from '@playwright/test';

/** Where `locator`'s elements fall short: outside the window, or covered at a probe point (by what). Empty when whole and on top. */
export async function reachProblems(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const name = (element.textContent ?? '').trim() || element.getAttribute('aria-label') || element.tagName;
      const box = element.getBoundingClientRect();
      const [width, height] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
      if (box.width === 0 || box.height === 0) return [`${name}: not rendered`];
      const problems: string[] = [];
      if (box.left < 0 || box.top < 0 || box.right > width + 0.5 || box.bottom > height + 0.5) {
        problems.push(`${name}: outside the ${width}×${height} window at ${box.left},${box.top}–${box.right},${box.bottom}`);
      }
      const inset = Math.min(3, box.width / 4, box.height / 4);
      const probes = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ] as const;
      for (const [x, y] of probes) {
        const hit = document.elementFromPoint(x, y);
        if (hit === null || !(hit === element || element.contains(hit))) {
          const by = hit === null ? 'nothing (off-window)' : `${hit.tagName.toLowerCase()}.${hit.className}`;
          problems.push(`${name}: at ${Math.round(x)},${Math.round(y)} the top element is ${by}`);
        }
      }
      return problems;
    }),
  );
}

/** Fails naming each element that is not whole and on top; also fails when the locator matches nothing. */
export async function expectWholeAndOnTop(locator: Locator): Promise<void> {
  await expect(locator.first()).toBeVisible();
  expect(await reachProblems(locator)).toEqual([]);
}

/** The two window sizes the layout must hold at. */
export const windowSizes = [
  { name: '1024×720', width: 1024, height: 720, onePane: false },
  { name: '640×480', width: 640, height: 480, onePane: true },
] as const;
