// Every account's command-line runs: the active ones (with the way to stop each) and the last 20 that ended. Must not import electron.
import type { AccountRuns, RunView } from '../../../preload/contract';
import type { Clock } from '../ports';

export const recentRunsKept = 20;

export type RunEnd = NonNullable<RunView['ended']>;

export interface RunStart {
  readonly accountId: string;
  readonly commandLine: readonly string[];
  readonly mode: RunView['mode'];
  /** Called once when the person presses Stop. */
  readonly onStop: () => void;
}

export interface ActiveRun {
  readonly id: string;
  /** Counts one proxied request under its Akool code (or `http <status>`). */
  count(code: string): void;
  requests(): RunView['requests'];
  /** Moves the run to the account's recent runs. Later calls do nothing. */
  end(ended: RunEnd, creditUsed: number | null): void;
}

export interface RunRegistry {
  start(run: RunStart): ActiveRun;
  /** False when no such run is active. */
  stop(runId: string): boolean;
  runs(accountId: string): AccountRuns;
  onChange(listener: (accountId: string) => void): () => void;
}

interface Entry {
  view: RunView;
  readonly counts: Map<string, number>;
  readonly onStop: () => void;
}

export function createRunRegistry(deps: { clock: Clock; newId: () => string }): RunRegistry {
  const active = new Map<string, Entry>();
  const recent = new Map<string, RunView[]>();
  const listeners = new Set<(accountId: string) => void>();
  const changed = (accountId: string): void => listeners.forEach((listener) => listener(accountId));
  const iso = (): string => new Date(deps.clock.now()).toISOString();
  const requestsOf = (entry: Entry): RunView['requests'] =>
    [...entry.counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count }));

  return {
    start: ({ accountId, commandLine, mode, onStop }) => {
      const id = deps.newId();
      const view: RunView = {
        id,
        accountId,
        startedAt: iso(),
        endedAt: null,
        commandLine: [...commandLine],
        mode,
        requests: [],
        creditUsed: null,
        ended: null,
      };
      const entry: Entry = { view, counts: new Map(), onStop };
      active.set(id, entry);
      changed(accountId);
      let counted = false;
      return {
        id,
        count: (code) => {
          if (!active.has(id) || (entry.counts.size >= 200 && !entry.counts.has(code))) return;
          entry.counts.set(code, (entry.counts.get(code) ?? 0) + 1);
          if (!counted) {
            counted = true;
            queueMicrotask(() => {
              counted = false;
              changed(accountId);
            });
          }
        },
        requests: () => requestsOf(entry),
        end: (ended, creditUsed) => {
          if (!active.delete(id)) return;
          const done: RunView = { ...view, requests: requestsOf(entry), endedAt: iso(), ended, creditUsed };
          recent.set(accountId, [done, ...(recent.get(accountId) ?? [])].slice(0, recentRunsKept));
          changed(accountId);
        },
      };
    },
    stop: (runId) => {
      const entry = active.get(runId);
      if (entry === undefined) return false;
      entry.onStop();
      return true;
    },
    runs: (accountId) => ({
      active: [...active.values()]
        .filter((entry) => entry.view.accountId === accountId)
        .map((entry) => ({ ...entry.view, requests: requestsOf(entry) })),
      recent: recent.get(accountId) ?? [],
    }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
