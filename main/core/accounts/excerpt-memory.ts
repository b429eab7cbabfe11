// Keeps, in memory only, how each account's last failed check reads in full: our message with its detail and the scrubbed server excerpt; never written anywhere. Must not import electron or node:*.
import type { ProblemCode } from '../redaction/stored-problem';

/** The last failure as this run saw it; shown only while the stored problem is still `code`. */
export interface RecentProblem {
  readonly code: ProblemCode;
  /** Our own message for the failure (with its detail, e.g. the HTTP status), then `Akool said: <excerpt>` if any. */
  readonly text: string;
}

export interface ExcerptMemory {
  /** Remembers the account's latest failure; null forgets it. */
  set(id: string, recent: RecentProblem | null): void;
  get(id: string): RecentProblem | null;
}

export function createExcerptMemory(): ExcerptMemory {
  const recent = new Map<string, RecentProblem>();
  return {
    set: (id, problem) => {
      if (problem === null) recent.delete(id);
      else recent.set(id, problem);
    },
    get: (id) => recent.get(id) ?? null,
  };
}
