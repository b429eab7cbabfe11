// When each account is due for a background check, and which accounts one wake-up covers. Pure; must not import electron.
import type { RetryState } from './monitor-backoff';
import type { AccountRecord } from '../vault/vault-document';

/** Accounts due this close after the earliest one are checked in the same wake-up, so a round costs one timer. */
export const coalesceMs = 60_000;

/** 'due': the accounts whose time has come; 'all': every account (start, resume, network back). */
export type Sweep = 'due' | 'all';

type Scheduled = Pick<AccountRecord, 'id' | 'status' | 'token'>;

/**
 * False for a banned account whose token has expired (or has no exp): checking it would only answer 1101 and
 * exchange its credentials, and the monitor never renews a banned account. A manual check still can.
 */
export function watched(record: Scheduled, now: number): boolean {
  const { expiresAt } = record.token;
  return record.status.result !== 'banned' || (expiresAt !== null && expiresAt > now);
}

/** A pending retry wins; otherwise one interval after the last recorded check; an account never checked is due at once. */
export function dueAt(record: Scheduled, retry: RetryState | undefined, intervalMs: number): number {
  if (retry !== undefined) return retry.at;
  return record.status.checkedAt === null ? Number.NEGATIVE_INFINITY : record.status.checkedAt + intervalMs;
}

/** The next moment anything is due, or null when there is nothing to check at all. */
export function nextWakeAt(
  records: readonly Scheduled[],
  retries: ReadonlyMap<string, RetryState>,
  now: number,
  intervalMs: number,
): number | null {
  return records.reduce<number | null>((earliest, record) => {
    if (!watched(record, now)) return earliest;
    const due = dueAt(record, retries.get(record.id), intervalMs);
    return earliest === null || due < earliest ? due : earliest;
  }, null);
}

/** The accounts a wake-up at `now` checks; never one whose Retry-After has not passed. */
export function accountsToCheck(
  records: readonly Scheduled[],
  retries: ReadonlyMap<string, RetryState>,
  now: number,
  intervalMs: number,
  sweep: Sweep,
): string[] {
  return records
    .filter((record) => {
      if (!watched(record, now)) return false;
      const retry = retries.get(record.id);
      if (retry !== undefined && retry.notBefore > now) return false;
      return sweep === 'all' || dueAt(record, retry, intervalMs) <= now + coalesceMs;
    })
    .map((record) => record.id);
}
