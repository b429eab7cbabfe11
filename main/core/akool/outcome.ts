// The closed set of ways an Akool call can fail. Types only; must not import electron or node:*.

/** Statuses an Akool code holds an account in while it still has working credentials (see status-codes.ts). */
export type AccountHold = 'payment-overdue' | 'out-of-credit' | 'subscription-needed';

/**
 * `message` is always akool-vault's own text for the code, safe to store. `excerpt` is the scrubbed start of the
 * server's `msg` (see serverExcerpt): shown, never stored.
 */
export type AkoolFailure =
  /** 1101 invalid authorization or token expired, 1102 empty authorization, 1109 no such account. */
  | { kind: 'invalid'; code: number; message: string; excerpt?: string }
  /** 1200: the account is banned. */
  | { kind: 'banned'; message: string; excerpt?: string }
  /** 1103 payment overdue, 1006/1104 out of credit, 1213/1221 subscription needed. */
  | { kind: AccountHold; code: number; message: string; excerpt?: string }
  /** 1005 too many requests: back off like HTTP 429; never a status change on its own. */
  | { kind: 'throttled'; code: number; message: string; retryAfterMs: number | null; excerpt?: string }
  /** Any other Akool code: `Akool answered code <code>.` */
  | { kind: 'rejected'; code: number; message: string; excerpt?: string }
  /** Network error, timeout, or HTTP 5xx/429 without a usable JSON code. */
  | { kind: 'unreachable'; detail: string; status: number | null; retryAfterMs: number | null }
  /** Not JSON, too large, a redirect, not an object, or the token or credit missing or invalid. */
  | { kind: 'bad-response'; detail: string };
