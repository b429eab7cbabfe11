// When the tray must be rebuilt without an accountsChanged event: the next time a day count or an expiry status turns. Must not import electron.
import type { AccountView } from '../../preload/contract';
import { expiringWindowMs } from '../core/accounts/account-view';

const dayMs = 24 * 60 * 60 * 1000;
/** Lands just after a boundary rather than on it. */
const slackMs = 1000;

/** Milliseconds until "expires in Nd" (rounded up) drops, or one day when it is a whole number of days now. */
const untilDayCountDrops = (left: number): number => left % dayMs || dayMs;

/**
 * The delay until the tray's text or icon could change on its own: an "expires in Nd" count dropping, a token entering
 * the warning window, or a token expiring. At most a day, so the tray is rebuilt at least daily.
 */
export function nextTrayRefreshMs(
  accounts: readonly AccountView[],
  now: number,
  warningWindowMs: number = expiringWindowMs,
): number {
  const delays = accounts.flatMap((account) => {
    if (account.expiresAt === null) return [];
    const left = Date.parse(account.expiresAt) - now;
    if (Number.isNaN(left) || left <= 0) return [];
    const untilWarning = left - warningWindowMs;
    return untilWarning > 0 ? [untilDayCountDrops(left), untilWarning] : [untilDayCountDrops(left)];
  });
  return Math.min(dayMs, ...delays) + slackMs;
}
