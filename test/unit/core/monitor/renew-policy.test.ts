// Proves when the monitor renews on its own: inside the window, only after an active check, and never in a loop.
import { describe, expect, it } from 'vitest';
import { autoRenewDue, renewThresholdMs } from '../../../../main/core/monitor/renew-policy';
import { accountRecord, dayMs, testNow } from '../../../support/account-views';

describe('renew policy', () => {
  it.each([
    ['active', 8, false],
    ['active', 7, true],
    ['active', 0.5, true],
    ['banned', 1, false],
    ['invalid', 1, false],
    ['unreachable', 1, false],
    ['error', 1, false],
    ['unknown', 1, false],
  ] as const)('a %s account whose token has %s days left: renew %s (window 7 days)', (result, days, due) => {
    expect(autoRenewDue(accountRecord(result, days, 400), testNow, 7)).toBe(due);
  });

  it('never renews a token without exp', () => {
    expect(autoRenewDue(accountRecord('active', null), testNow, 7)).toBe(false);
  });

  it('uses half the lifetime when a token lives shorter than twice the window, so a fresh token is never due', () => {
    expect(renewThresholdMs(accountRecord('active', 3, 3).token, 7)).toBe(1.5 * dayMs);
    expect(autoRenewDue(accountRecord('active', 3, 3), testNow, 7)).toBe(false);
    expect(autoRenewDue(accountRecord('active', 1.5, 3), testNow, 7)).toBe(true);
    expect(renewThresholdMs(accountRecord('active', 30, 30).token, 7)).toBe(7 * dayMs);
  });

  it('falls back to the window when iat is unknown or not before exp', () => {
    expect(renewThresholdMs(accountRecord('active', 3, null).token, 7)).toBe(7 * dayMs);
    expect(renewThresholdMs(accountRecord('active', 3, 0).token, 7)).toBe(7 * dayMs);
  });
});
