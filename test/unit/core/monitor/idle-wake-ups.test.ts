// Proves the monitor's idle cost: no timer without accounts, and one wake-up per check interval however many accounts there are.
import { describe, expect, it } from 'vitest';
import { measureIdleWakeUps } from '../../../support/idle-wake-ups';

describe('idle wake-ups', () => {
  it('never wakes up with no accounts', async () => {
    expect(await measureIdleWakeUps({ accounts: 0, hours: 24 })).toEqual({ wakeUpsPerHour: 0, requestsPerHour: 0, pendingTimers: 0 });
  });

  it('wakes once per interval for a whole round of accounts, with one timer pending', async () => {
    expect(await measureIdleWakeUps({ accounts: 20, hours: 2 })).toEqual({ wakeUpsPerHour: 4, requestsPerHour: 80, pendingTimers: 1 });
    expect(await measureIdleWakeUps({ accounts: 3, hours: 3, checkIntervalMinutes: 60 })).toEqual({
      wakeUpsPerHour: 1,
      requestsPerHour: 3,
      pendingTimers: 1,
    });
  });
});
