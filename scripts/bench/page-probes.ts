// Functions that run inside the page (serialized by Playwright): paint detection, scrolling and frame pacing. Must not import anything.

/** What must be on screen before a load counts as done. */
export type PaintGoal = { kind: 'accounts'; total: number } | { kind: 'text'; selector: string; text: string };

declare global {
  var benchPaintedAt: number | undefined;
}

/**
 * Init script: once the goal is met, records performance.now() (ms since navigation start) after the next frame was painted.
 * For accounts: the list announces `total` accounts and every rendered card shows a status, down to the viewport's bottom edge.
 */
export function watchForPaint(goal: PaintGoal): void {
  const met = (): boolean => {
    if (goal.kind === 'text') return document.querySelector(goal.selector)?.textContent === goal.text;
    const items = [...document.querySelectorAll('.account-list > li:not([aria-hidden])')];
    const first = items[0];
    if (first === undefined) return false;
    const total = Number(first.getAttribute('aria-setsize') ?? items.length);
    if (total !== goal.total || !items.every((item) => item.querySelector('[data-status]') !== null)) return false;
    const last = items[items.length - 1];
    return items.length === total || (last !== undefined && last.getBoundingClientRect().bottom >= window.innerHeight);
  };
  const observer = new MutationObserver(() => {
    if (!met()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        globalThis.benchPaintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

export interface FrameRun {
  durationMs: number;
  /** requestAnimationFrame timestamp deltas, ms. */
  deltas: number[];
}

/** Resolves once the page has been idle (no pending work after load, e.g. late measurements), at most after `timeoutMs`. */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    requestIdleCallback(() => resolve(), { timeout: timeoutMs });
  });
}

/** Scrolls the window from top to bottom by `step` px per frame, recording frame deltas. */
export function scrollThrough(step: number): Promise<FrameRun> {
  window.scrollTo(0, 0);
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let started = 0;
    let previous = 0;
    const frame = (time: number): void => {
      if (started === 0) started = time;
      else deltas.push(time - previous);
      previous = time;
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= bottom) {
        resolve({ durationMs: time - started, deltas });
        return;
      }
      window.scrollTo(0, Math.min(bottom, window.scrollY + step));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Waits `frames` animation frames doing nothing: the display's own pace, the floor for any scroll. */
export function idleFrames(frames: number): Promise<FrameRun> {
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let started = 0;
    let previous = 0;
    const frame = (time: number): void => {
      if (started === 0) started = time;
      else deltas.push(time - previous);
      previous = time;
      if (deltas.length >= frames) resolve({ durationMs: time - started, deltas });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
