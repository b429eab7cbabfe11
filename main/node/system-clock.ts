// Clock over the real time and timers. Must not import electron.
import type { Clock, TimerHandle } from '../core/ports';

const timers = new WeakMap<TimerHandle, ReturnType<typeof setTimeout>>();

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => {
    const timer = setTimeout(callback, delayMs);
    timer.unref();
    const handle: TimerHandle = { id: Symbol('timer') };
    timers.set(handle, timer);
    return handle;
  },
  clearTimeout: (handle) => {
    clearTimeout(timers.get(handle));
    timers.delete(handle);
  },
};
