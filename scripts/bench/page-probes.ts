// Functions that run inside the page (serialized by Playwright): paint detection, scrolling and frame pacing. Must not import anything.

/** What must be on screen before a load counts as done. */
export type PaintGoal = { kind: 'accounts'; total: number } | { kind: 'text'; selector: string; text: string };

declare global {
  var benchPaintedAt: number | undefined;
}

/**
 * Init script: once the goal is met, records performance.now() (ms since navigation start) after the next frame was painted.
 * For accounts: the listbox announces `total` accounts and every rendered option shows a status, down to the bottom
 * edge of the list's visible area (the list is windowed and scrolls inside itself).
 */
export function watchForPaint(goal: PaintGoal): void {
  const met = (): boolean => {
    if (goal.kind === 'text') return document.querySelector(goal.selector)?.textContent === goal.text;
    const list = document.querySelector('[role="listbox"]');
    const options = list === null ? [] : [...list.querySelectorAll('[role="option"]')];
    const first = options[0];
    if (list === null || first === undefined) return false;
    const total = Number(first.getAttribute('aria-setsize') ?? options.length);
    if (total !== goal.total || !options.every((option) => option.hasAttribute('data-status'))) return false;
    const last = options[options.length - 1];
    const visibleBottom = Math.min(list.getBoundingClientRect().bottom, window.innerHeight);
    return options.length === total || (last !== undefined && last.getBoundingClientRect().bottom >= visibleBottom);
  };
  let done = false;
  const check = (): void => {
    if (done || !met()) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        globalThis.benchPaintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // A stylesheet that arrives after the last DOM change moves rows without a mutation: look again each frame.
  const poll = (): void => {
    check();
    if (!done) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Account rows wholly inside both the list's visible area and the window. */
export function countVisibleRows(): number {
  const list = document.querySelector('[role="listbox"]');
  if (list === null) return 0;
  const box = list.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  return [...list.querySelectorAll('[role="option"]')].filter((option) => {
    const rect = option.getBoundingClientRect();
    return rect.height > 0 && rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5;
  }).length;
}

declare global {
  var benchKeyMs: number | undefined;
}

/**
 * Arms a probe for the next key press: ms from its keydown (capture phase) until the frame showing its effect was painted,
 * stored in globalThis.benchKeyMs. The effect: the account list announces `expectedRows` accounts, or, with null, the
 * focused plain field's input event (the floor: a keystroke into a field that nothing listens to).
 */
export function armKeystrokeProbe(expectedRows: number | null): void {
  globalThis.benchKeyMs = undefined;
  let pressedAt = 0;
  const painted = (): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        globalThis.benchKeyMs = performance.now() - pressedAt;
      };
      channel.port2.postMessage(null);
    });
  };
  const listShows = (): boolean => {
    const first = document.querySelector('[role="listbox"] [role="option"]');
    return first !== null && Number(first.getAttribute('aria-setsize')) === expectedRows;
  };
  const observer = new MutationObserver(() => {
    if (!listShows()) return;
    observer.disconnect();
    painted();
  });
  const onKeyDown = (): void => {
    pressedAt = performance.now();
    if (expectedRows === null) document.addEventListener('input', painted, { once: true });
    else observer.observe(document, { childList: true, subtree: true, attributes: true });
  };
  document.addEventListener('keydown', onKeyDown, { capture: true, once: true });
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

/** Scrolls the account list (or the window, when the list does not scroll itself) from top to bottom one screen per frame, recording frame deltas. */
export function scrollThrough(): Promise<FrameRun> {
  const list = document.querySelector('[role="listbox"]');
  const scroller = list !== null && list.scrollHeight > list.clientHeight ? list : document.scrollingElement;
  if (scroller === null) throw new Error('Nothing scrolls on this page.');
  const step = scroller.clientHeight;
  scroller.scrollTop = 0;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let started = 0;
    let previous = 0;
    const frame = (time: number): void => {
      if (started === 0) started = time;
      else deltas.push(time - previous);
      previous = time;
      const bottom = scroller.scrollHeight - scroller.clientHeight;
      if (scroller.scrollTop >= bottom - 1) {
        resolve({ durationMs: time - started, deltas });
        return;
      }
      scroller.scrollTop = Math.min(bottom, scroller.scrollTop + step);
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
