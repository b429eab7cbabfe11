// Proves retry timing: exponential, jittered by the injected random source, capped, and never before Retry-After.
import { describe, expect, it } from 'vitest';
import { backoffMs, planRetry, retryBaseMs } from '../../../../main/core/monitor/monitor-backoff';

const capMs = 15 * 60_000;

describe('monitor backoff', () => {
  it('doubles per attempt, between half and all of the ceiling', () => {
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, capMs, () => 0))).toEqual([
      retryBaseMs / 2,
      retryBaseMs,
      retryBaseMs * 2,
    ]);
    expect(backoffMs(3, capMs, () => 0.999_999)).toBeCloseTo(retryBaseMs * 4, -1);
  });

  it('never exceeds the cap, even after many failures or with a bad random source', () => {
    expect(backoffMs(60, capMs, () => 0.5)).toBe(0.75 * capMs);
    expect(backoffMs(60, capMs, () => 7)).toBe(capMs);
    expect(backoffMs(1, capMs, () => -3)).toBe(retryBaseMs / 2);
  });

  it('waits for Retry-After when it is longer than the backoff, and remembers it as a floor', () => {
    expect(planRetry({ attempt: 1, now: 1000, capMs, retryAfterMs: 120_000, random: () => 0 })).toEqual({
      attempt: 1,
      at: 121_000,
      notBefore: 121_000,
    });
    expect(planRetry({ attempt: 2, now: 1000, capMs, retryAfterMs: 5_000, random: () => 0 })).toEqual({
      attempt: 2,
      at: 1000 + retryBaseMs,
      notBefore: 6_000,
    });
  });
});
