// When to retry after a transient failure: exponential backoff with jitter, never before Retry-After. Must not import electron.

/** The first retry comes 15–30 s after the failure; each further one doubles that, up to the cap. */
export const retryBaseMs = 30_000;

export interface RetryState {
  /** Consecutive transient failures; 0 for a check put off after an internal error. */
  attempt: number;
  /** When the retry is due. */
  at: number;
  /** The server's Retry-After: no request to this account before then, whatever wakes the monitor. */
  notBefore: number;
}

/** Equal jitter: half of min(cap, base·2^(attempt−1)) fixed, the other half scaled by `random` (0 ≤ r < 1). */
export function backoffMs(attempt: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, retryBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return ceiling / 2 + r * (ceiling / 2);
}

/** The retry after failure number `attempt` at `now`: the later of the backoff and the server's Retry-After. */
export function planRetry(options: {
  attempt: number;
  now: number;
  capMs: number;
  retryAfterMs: number | null;
  random: () => number;
}): RetryState {
  const { attempt, now, capMs, retryAfterMs, random } = options;
  const notBefore = now + (retryAfterMs ?? 0);
  return { attempt, at: Math.max(now + backoffMs(attempt, capMs, random), notBefore), notBefore };
}
