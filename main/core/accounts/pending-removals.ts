// Removals that can still be undone: the account is hidden at once, its record and secrets kept until the undo window ends or the app quits. Must not import electron.
import type { Clock, TimerHandle } from '../ports';

/** How long "Undo" is offered after Remove; the record and its sealed secrets stay on disk until then. */
export const removeUndoMs = 10_000;

export interface PendingRemovals {
  has(id: string): boolean;
  /** Hides the account until `commit` runs, after the undo window; returns when that is (epoch ms). Starting twice keeps the first. */
  start(id: string, commit: () => void): number;
  /** Undoes a pending removal; false when there is none (already committed, or never removed). */
  cancel(id: string): boolean;
  /** Commits every pending removal now (on quit), each once. */
  commitAll(): void;
}

export function createPendingRemovals(clock: Clock): PendingRemovals {
  const pending = new Map<string, { timer: TimerHandle; at: number; commit: () => void }>();
  const finish = (id: string): void => {
    const entry = pending.get(id);
    if (entry === undefined) return;
    pending.delete(id);
    entry.commit();
  };
  return {
    has: (id) => pending.has(id),
    start: (id, commit) => {
      const known = pending.get(id);
      if (known !== undefined) return known.at;
      const at = clock.now() + removeUndoMs;
      pending.set(id, { timer: clock.setTimeout(() => finish(id), removeUndoMs), at, commit });
      return at;
    },
    cancel: (id) => {
      const entry = pending.get(id);
      if (entry === undefined) return false;
      clock.clearTimeout(entry.timer);
      pending.delete(id);
      return true;
    },
    commitAll: () => {
      for (const [id, entry] of [...pending]) {
        clock.clearTimeout(entry.timer);
        finish(id);
      }
    },
  };
}
