// Decides when the monitor renews a token on its own: inside the renew window, only for an account just found active, never in a loop. Must not import electron.
import type { AccountRecord } from '../vault/vault-document';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * How close to `exp` a token must be before the monitor renews it: the renew window, but at most half the token's
 * lifetime (exp − iat). A token whose whole life is shorter than the window is so renewed once per half-life
 * rather than at every check.
 */
export function renewThresholdMs(token: AccountRecord['token'], renewWindowDays: number): number {
  const windowMs = renewWindowDays * dayMs;
  const { expiresAt, issuedAt } = token;
  if (expiresAt === null || issuedAt === null || issuedAt >= expiresAt) return windowMs;
  return Math.min(windowMs, (expiresAt - issuedAt) / 2);
}

/** True when the last check found the account active (so not banned, not rejected) and its token is inside the threshold. */
export function autoRenewDue(record: AccountRecord, now: number, renewWindowDays: number): boolean {
  const { expiresAt } = record.token;
  if (record.status.result !== 'active' || expiresAt === null) return false;
  return expiresAt - now <= renewThresholdMs(record.token, renewWindowDays);
}
