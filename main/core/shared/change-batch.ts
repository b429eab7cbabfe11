// Runs a costly reaction to changes (alert review, re-plan, state push) once per burst instead of once per change. Must not import electron.
import type { Clock, TimerHandle } from '../ports';

/** The longest a change waits for its reaction unless flushed earlier: a check of every account pushes state 4 times a second. */
export const changeBatchMs = 250;

export interface ChangeBatch {
  /** Notes a change; the reaction runs `changeBatchMs` after the first change of a burst, for all of it. */
  changed(): void;
  /** Runs the reaction now if a change is waiting (after each request, when idle, on quit). */
  flush(): void;
}

export function createChangeBatch(clock: Clock, react: () => void): ChangeBatch {
  let timer: TimerHandle | null = null;
  const run = (): void => {
    timer = null;
    react();
  };
  return {
    changed: () => {
      timer ??= clock.setTimeout(run, changeBatchMs);
    },
    flush: () => {
      if (timer === null) return;
      clock.clearTimeout(timer);
      run();
    },
  };
}
