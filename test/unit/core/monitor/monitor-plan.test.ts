// Proves when accounts are due, that one wake-up covers a whole round, and that Retry-After holds back even a full sweep.
import { describe, expect, it } from 'vitest';
import type { RetryState } from '../../../../main/core/monitor/monitor-backoff';
import { accountsToCheck, coalesceMs, dueAt, nextWakeAt, watched } from '../../../../main/core/monitor/monitor-plan';
import type { LastResult } from '../../../../main/core/vault/vault-document';

const intervalMs = 15 * 60_000;
const never = 10 ** 13;
const at = (id: string, checkedAt: number | null, result: LastResult = 'active', expiresAt: number | null = never) => ({
  id,
  status: { result, problem: null, credit: null, checkedAt },
  token: { fingerprint: 'ab12cd34', expiresAt, issuedAt: null, email: null, uid: null },
});

describe('monitor plan', () => {
  it('is due one interval after the last check, at once when never checked, and at the retry when one is planned', () => {
    expect(dueAt(at('a', 1000), undefined, intervalMs)).toBe(1000 + intervalMs);
    expect(dueAt(at('a', null), undefined, intervalMs)).toBe(Number.NEGATIVE_INFINITY);
    expect(dueAt(at('a', 1000), { attempt: 1, at: 5000, notBefore: 0 }, intervalMs)).toBe(5000);
  });

  it('wakes at the earliest due account, and never with no accounts', () => {
    expect(nextWakeAt([at('a', 9000), at('b', 1000)], new Map(), 0, intervalMs)).toBe(1000 + intervalMs);
    expect(nextWakeAt([], new Map(), 0, intervalMs)).toBeNull();
  });

  it('stops watching a banned account once its token has expired, so no check exchanges its credentials', () => {
    expect(watched(at('a', 0, 'banned', 5000), 4999)).toBe(true);
    expect(watched(at('a', 0, 'banned', 5000), 5000)).toBe(false);
    expect(watched(at('a', 0, 'banned', null), 0)).toBe(false);
    expect(watched(at('a', 0, 'invalid', 5000), 9000)).toBe(true);
    const records = [at('a', 0, 'banned', 5000)];
    expect(nextWakeAt(records, new Map(), 6000, intervalMs)).toBeNull();
    expect(accountsToCheck(records, new Map(), 6000, intervalMs, 'all')).toEqual([]);
  });

  it('checks every account due within the coalescing window in the same wake-up', () => {
    const records = [at('a', 0), at('b', coalesceMs), at('c', coalesceMs + 1)];
    expect(accountsToCheck(records, new Map(), intervalMs, intervalMs, 'due')).toEqual(['a', 'b']);
  });

  it("sweeps everything on 'all' except accounts still inside their Retry-After", () => {
    const retries = new Map<string, RetryState>([['b', { attempt: 1, at: 9000, notBefore: 9000 }]]);
    const records = [at('a', 100), at('b', 100)];
    expect(accountsToCheck(records, retries, 200, intervalMs, 'all')).toEqual(['a']);
    expect(accountsToCheck(records, retries, 9000, intervalMs, 'all')).toEqual(['a', 'b']);
  });
});
