// A clock over real time and timers whose "now" tests can move forward, to span hours of checks in seconds. Must not import electron.
import type { Clock } from '../../main/core/ports';

export interface ShiftedClock extends Clock {
  /** Moves `now` forward by `ms`; timers keep running on real time. */
  advance(ms: number): void;
}

export function createShiftedClock(base: Clock): ShiftedClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    setTimeout: (callback, delayMs) => base.setTimeout(callback, delayMs),
    clearTimeout: (handle) => base.clearTimeout(handle),
    advance: (ms) => {
      if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError('the clock only moves forward');
      offset += ms;
    },
  };
}
