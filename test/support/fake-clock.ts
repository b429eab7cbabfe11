// A manual Clock for tests: time moves only when the test says so, and due timers then fire in order.
import type { Clock, TimerHandle } from '../../main/core/ports';

export interface FakeClock extends Clock {
  advance(ms: number): void;
  pendingTimers(): number;
  /** How many timer callbacks have run: the wake-ups a real process would have had. */
  firedTimers(): number;
  /** When the earliest pending timer is due, or null when none is pending. */
  nextDue(): number | null;
}

export function createFakeClock(start = Date.UTC(2026, 10, 24, 12, 0, 0)): FakeClock {
  let now = start;
  let fired = 0;
  const timers = new Map<TimerHandle, { due: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, delayMs) => {
      const handle: TimerHandle = { id: Symbol('fake-timer') };
      timers.set(handle, { due: now + delayMs, callback });
      return handle;
    },
    clearTimeout: (handle) => {
      timers.delete(handle);
    },
    advance: (ms) => {
      const target = now + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, t]) => t.due <= target).sort((a, b) => a[1].due - b[1].due)[0];
        if (next === undefined) break;
        timers.delete(next[0]);
        now = next[1].due;
        fired += 1;
        next[1].callback();
      }
      now = target;
    },
    pendingTimers: () => timers.size,
    firedTimers: () => fired,
    nextDue: () => (timers.size === 0 ? null : Math.min(...[...timers.values()].map((timer) => timer.due))),
  };
}
