// Proves credit history and low-credit warnings in the running vault: each check records, the forecast follows, one notice per dip.
import { afterEach, describe, expect, it } from 'vitest';
import { statusDemoAccounts } from '../../../sandbox/status-demo-accounts';
import { createRuntimeFixture, type RuntimeFixture } from '../../../support/runtime-fixture';

const hour = 3_600_000;
let fixture: RuntimeFixture;
afterEach(async () => {
  await fixture.runtime.dispose();
});

const falling = statusDemoAccounts.filter((seed) => seed.clientId === 'demo-falling');

/** Checks the account `times` times, three hours apart; resolves with the last view. */
async function checkEvery3Hours(id: string, times: number) {
  let view = await fixture.call(fixture.runtime, 'checkAccount', { id });
  for (let done = 1; done < times; done += 1) {
    fixture.clock.advance(3 * hour);
    view = await fixture.call(fixture.runtime, 'checkAccount', { id });
  }
  return view;
}

const titles = (): string[] => fixture.notifier.sent.map((notification) => notification.title);

describe('credit in the runtime', () => {
  it('records each check, forecasts a steady burn and keeps the history across a restart', async () => {
    fixture = await createRuntimeFixture({ seeds: falling });
    const added = await fixture.add('demo-falling');
    expect(added.creditForecast.kind).toBe('too-few-samples');
    fixture.clock.advance(3 * hour);
    const view = await checkEvery3Hours(added.id, 3);
    expect(view.creditHistory.map((point) => point.credit)).toEqual([added.credit, ...[1, 2, 3].map((n) => (added.credit ?? 0) - 37 * n)]);
    expect(view.creditForecast.kind).toBe('falling');
    // 37 credits every 3 hours is 296 a day.
    expect(view.creditForecast.burnPerDay).toBeCloseTo(296, 6);
    expect(view.creditForecast.text).toContain('from 4 checks over 9 hours');
    await fixture.runtime.dispose();
    fixture.runtime = await fixture.compose();
    const { accounts } = await fixture.call(fixture.runtime, 'getState', {});
    expect(accounts[0]?.creditHistory).toEqual(view.creditHistory);
  });

  it('two checks within the hour keep one sample: the later one', async () => {
    fixture = await createRuntimeFixture({ seeds: falling });
    const added = await fixture.add('demo-falling');
    fixture.clock.advance(60_000);
    const view = await fixture.call(fixture.runtime, 'checkAccount', { id: added.id });
    expect(view.creditHistory).toEqual([{ at: view.checkedAt, credit: (added.credit ?? 0) - 37 }]);
  });

  it('notifies below the threshold once, below half once, never again in the same dip, and re-arms after a top-up', async () => {
    fixture = await createRuntimeFixture({ seeds: falling });
    const added = await fixture.add('demo-falling');
    const start = added.credit ?? 0;
    await fixture.call(fixture.runtime, 'updateSettings', { lowCreditThreshold: start - 50 });
    let view = await checkEvery3Hours(added.id, 1);
    expect([view.lowCredit, titles()]).toEqual(['none', []]);
    view = await checkEvery3Hours(added.id, 3);
    expect(view.lowCredit).toBe('below');
    expect(view.lowCreditThreshold).toBe(start - 50);
    expect(fixture.notifier.sent).toEqual([
      {
        title: 'Akool credit low',
        body: `Label demo-falling: Credit is ${start - 2 * 37}, below your threshold of ${start - 50}.`,
        accountId: added.id,
      },
    ]);
    const toHalf = Math.ceil(((view.credit ?? 0) - (start - 50) / 2) / 37) + 2;
    view = await checkEvery3Hours(added.id, toHalf);
    expect(view.lowCredit).toBe('below-half');
    expect(titles()).toEqual(['Akool credit low', 'Akool credit very low']);
    await fixture.runtime.dispose();
    fixture.runtime = await fixture.compose();
    await checkEvery3Hours(added.id, 2);
    expect(titles()).toEqual(['Akool credit low', 'Akool credit very low']);
    fixture.sandbox.registry.setCredit('demo-falling', start);
    view = await checkEvery3Hours(added.id, 1);
    expect(view.lowCredit).toBe('none');
    await checkEvery3Hours(added.id, 3);
    expect(titles()).toEqual(['Akool credit low', 'Akool credit very low', 'Akool credit low']);
  });

  it("an account's own threshold wins over the global one, 'off' silences it and 'default' restores the global one", async () => {
    fixture = await createRuntimeFixture({ seeds: falling });
    const added = await fixture.add('demo-falling');
    const start = added.credit ?? 0;
    let view = await fixture.call(fixture.runtime, 'setLowCreditThreshold', { id: added.id, threshold: null });
    await fixture.call(fixture.runtime, 'updateSettings', { lowCreditThreshold: start + 100 });
    view = await fixture.call(fixture.runtime, 'getState', {}).then(({ accounts }) => accounts[0] ?? view);
    expect([view.lowCredit, view.lowCreditThreshold, view.lowCreditOverridden]).toEqual(['none', null, true]);
    view = await checkEvery3Hours(added.id, 2);
    expect(titles()).toEqual([]);
    view = await fixture.call(fixture.runtime, 'setLowCreditThreshold', { id: added.id, threshold: 'default' });
    expect([view.lowCredit, view.lowCreditThreshold, view.lowCreditOverridden]).toEqual(['below', start + 100, false]);
    view = await fixture.call(fixture.runtime, 'setLowCreditThreshold', { id: added.id, threshold: 10 });
    expect([view.lowCredit, view.lowCreditThreshold]).toEqual(['none', 10]);
    await fixture.runtime.whenIdle();
    expect(titles()).toEqual(['Akool credit low']);
  });
});
