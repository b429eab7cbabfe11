// The closed set of ways an Akool call can fail. Types only; must not import electron or node:*.

export type AkoolFailure =
  /** 1101 invalid authorization or token expired, 1102 empty authorization. */
  | { kind: 'invalid'; code: 1101 | 1102; message: string }
  /** 1200: the account is banned. */
  | { kind: 'banned'; message: string }
  /** Any other Akool code: `Akool answered code <code>: <safe msg>`. */
  | { kind: 'rejected'; code: number; message: string }
  /** Network error, timeout, or HTTP 5xx/429 without a usable JSON code. */
  | { kind: 'unreachable'; detail: string; status: number | null; retryAfterMs: number | null }
  /** Not JSON, too large, a redirect, not an object, or the token or credit missing or invalid. */
  | { kind: 'bad-response'; detail: string };
