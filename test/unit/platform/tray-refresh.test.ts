// Proves the tray is rebuilt just after an "expires in Nd" count drops, a token enters the warning window or expires, and at least daily.
import { describe, expect, it } from 'vitest';
import { nextTrayRefreshMs } from '../../../main/platform/tray-refresh';
import type { AccountView } from '../../../preload/contract';
import { bareAccountView } from '../../support/account-views';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const slack = 1000;
const warning = 14 * dayMs;

const expiringIn = (ms: number | null): AccountView =>
  bareAccountView({ label: 'A', expiresAt: ms === null ? null : new Date(now + ms).toISOString() });

describe('nextTrayRefreshMs', () => {
  it('waits a day with no accounts, or none with a known future expiry', () => {
    expect(nextTrayRefreshMs([], now, warning)).toBe(dayMs + slack);
    expect(nextTrayRefreshMs([expiringIn(null), expiringIn(-hourMs)], now, warning)).toBe(dayMs + slack);
  });

  it('wakes when the day count drops: 3 days 5 hours left means in 5 hours', () => {
    expect(nextTrayRefreshMs([expiringIn(3 * dayMs + 5 * hourMs)], now, warning)).toBe(5 * hourMs + slack);
  });

  it('waits a whole day on an exact day count', () => {
    expect(nextTrayRefreshMs([expiringIn(3 * dayMs)], now, warning)).toBe(dayMs + slack);
  });

  it('wakes when the token expires within the day', () => {
    expect(nextTrayRefreshMs([expiringIn(2 * hourMs)], now, warning)).toBe(2 * hourMs + slack);
  });

  it('wakes when a token enters the warning window before its day count drops', () => {
    expect(nextTrayRefreshMs([expiringIn(warning + 3 * hourMs + 30 * 60_000)], now, warning)).toBe(3 * hourMs + 30 * 60_000 + slack);
  });

  it('takes the soonest account', () => {
    const accounts = [expiringIn(40 * dayMs + 20 * hourMs), expiringIn(2 * dayMs + hourMs), expiringIn(null)];
    expect(nextTrayRefreshMs(accounts, now, warning)).toBe(hourMs + slack);
  });
});
