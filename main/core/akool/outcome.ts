// The closed set of ways an Akool call can fail. Types only; must not import electron or node:*.

/**
 * `message` is always akool-vault's own text for the code, safe to store. `excerpt` is the scrubbed start of the
 * server's `msg` (see serverExcerpt): shown, never stored.
 */
export type AkoolFailure =
  /** 1101 invalid authorization or token expired, 1102 empty authorization. */
  | { kind: 'invalid'; code: 1101 | 1102; message: string; excerpt?: string }
  /** 1200: the account is banned. */
  | { kind: 'banned'; message: string; excerpt?: string }
  /** Any other Akool code: `Akool answered code <code>.` */
  | { kind: 'rejected'; code: number; message: string; excerpt?: string }
  /** Network error, timeout, or HTTP 5xx/429 without a usable JSON code. */
  | { kind: 'unreachable'; detail: string; status: number | null; retryAfterMs: number | null }
  /** Not JSON, too large, a redirect, not an object, or the token or credit missing or invalid. */
  | { kind: 'bad-response'; detail: string };
