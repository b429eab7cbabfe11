// Proves the monitor's scheduling with fake adapters: one timer, sweeps, retries, the concurrency cap, the renew loop guard, stop.
import { describe, expect, it } from 'vitest';
import type { RenewCondition, RenewReport } from '../../../../main/core/accounts/renew-account';
import type { QuotaOutcome } from '../../../../main/core/akool/client';
import { createMonitor } from '../../../../main/core/monitor/monitor';
import { emptyVaultDocument, type AccountRecord, type VaultDocument } from '../../../../main/core/vault/vault-document';
import { VaultError } from '../../../../main/core/vault/vault-error';
import { accountRecord, dayMs, testNow } from '../../../support/account-views';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';

const minute = 60_000;
const ok: QuotaOutcome = { kind: 'ok', credit: 1 };
const offline: QuotaOutcome = { kind: 'unreachable', detail: 'network error', status: null, retryAfterMs: null };

function deferred() {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A monitor over a fake account service whose checks answer `answer(id)` and record the result like the real one. */
function setup(count: number, make: () => AccountRecord = () => accountRecord('active', 100, 400)) {
  const clock = createFakeClock(testNow);
  let document: VaultDocument = { ...emptyVaultDocument, accounts: Array.from({ length: count }, make) };
  const update = (id: string, change: (record: AccountRecord) => AccountRecord): void => {
    document = { ...document, accounts: document.accounts.map((record) => (record.id === id ? change(record) : record)) };
  };
  const probes: string[] = [];
  let running = 0;
  let maxRunning = 0;
  let gate: Promise<void> | null = null;
  const fake = {
    answer: (_id: string): QuotaOutcome | Error => ok,
    renew: (_record: AccountRecord): RenewReport => ({ kind: 'skipped' }),
  };
  const monitor = createMonitor({
    accounts: {
      probe: async (id) => {
        probes.push(id);
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        if (gate !== null) await gate;
        running -= 1;
        const outcome = fake.answer(id);
        if (outcome instanceof Error) throw outcome;
        const result = outcome.kind === 'ok' ? 'active' : 'unreachable';
        update(id, (record) => ({ ...record, status: { ...record.status, result, checkedAt: clock.now() } }));
        return outcome;
      },
      renewWhen: async (id: string, condition: RenewCondition) => {
        const record = document.accounts.find((candidate) => candidate.id === id);
        if (record === undefined || !condition(record, clock.now())) return { kind: 'skipped' };
        const report = fake.renew(record);
        return report;
      },
    },
    documents: { current: () => document },
    clock,
    random: () => 0.5,
    logger: createMemoryLogger(),
    concurrency: 8,
  });
  const run = async (ms: number): Promise<void> => {
    const end = clock.now() + ms;
    for (;;) {
      await monitor.whenIdle();
      const due = clock.nextDue();
      if (due === null || due > end) break;
      clock.advance(due - clock.now());
    }
    clock.advance(end - clock.now());
    await monitor.whenIdle();
  };
  return {
    clock,
    monitor,
    probes,
    fake,
    run,
    update,
    ids: () => document.accounts.map((record) => record.id),
    record: (id: string) => document.accounts.find((record) => record.id === id),
    remove: (id: string) => {
      document = { ...document, accounts: document.accounts.filter((record) => record.id !== id) };
    },
    maxRunning: () => maxRunning,
    hold: () => {
      const held = deferred();
      gate = held.promise;
      return () => {
        gate = null;
        held.resolve();
      };
    },
  };
}

describe('monitor', () => {
  it('does nothing before start, sweeps once on start however often it is called, and ignores wakes after stop', async () => {
    const { monitor, probes, clock } = setup(2);
    monitor.wake('resume');
    monitor.replan();
    expect(probes).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
    monitor.wake('start');
    monitor.wake('start');
    await monitor.whenIdle();
    expect(probes).toHaveLength(2);
    monitor.stop();
    expect(clock.pendingTimers()).toBe(0);
    monitor.wake('online');
    await monitor.whenIdle();
    expect(probes).toHaveLength(2);
  });

  it('keeps exactly one timer, set to the next interval, and wakes once per interval for a whole round', async () => {
    const { monitor, probes, clock, run } = setup(3);
    monitor.wake('start');
    await monitor.whenIdle();
    expect(clock.pendingTimers()).toBe(1);
    expect(clock.nextDue()).toBe(testNow + 15 * minute);
    const fired = clock.firedTimers();
    await run(60 * minute);
    expect(clock.firedTimers() - fired).toBe(4);
    expect(probes).toHaveLength(3 + 4 * 3);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('sets no timer at all when there is nothing to check', async () => {
    const { monitor, clock, run } = setup(0);
    monitor.wake('start');
    await run(24 * 60 * minute);
    expect(clock.firedTimers()).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('checks every account on resume and online, not just the due ones', async () => {
    const { monitor, probes, run } = setup(2);
    monitor.wake('start');
    await run(5 * minute);
    monitor.wake('resume');
    await monitor.whenIdle();
    monitor.wake('online');
    await monitor.whenIdle();
    expect(probes).toHaveLength(6);
  });

  it('retries a transient failure with doubling, jittered delays capped by the interval, then returns to the interval', async () => {
    const { monitor, clock, fake, run } = setup(1);
    fake.answer = () => offline;
    monitor.wake('start');
    await monitor.whenIdle();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const due = clock.nextDue() ?? 0;
      delays.push(due - clock.now());
      await run(due - clock.now());
    }
    expect(delays).toEqual([22_500, 45_000, 90_000, 180_000, 360_000, 675_000, 675_000]);
    fake.answer = () => ok;
    await run((clock.nextDue() ?? 0) - clock.now());
    expect((clock.nextDue() ?? 0) - clock.now()).toBe(15 * minute);
  });

  it('puts off an account whose check throws by one interval instead of spinning', async () => {
    const { monitor, clock, fake, probes, run } = setup(1);
    fake.answer = () => new VaultError('storage-failed', 'disk');
    monitor.wake('start');
    await run(60 * minute);
    expect(probes).toHaveLength(5);
    expect(clock.firedTimers()).toBe(4);
  });

  it('checks at most 8 accounts at once', async () => {
    const { monitor, probes, hold, maxRunning } = setup(20);
    const release = hold();
    monitor.wake('start');
    await new Promise((resolve) => setImmediate(resolve));
    expect(probes).toHaveLength(8);
    release();
    await monitor.whenIdle();
    expect(probes).toHaveLength(20);
    expect(maxRunning()).toBe(8);
  });

  it('queues one more full sweep for wakes that arrive during a sweep, instead of overlapping', async () => {
    const { monitor, probes, hold, maxRunning } = setup(1);
    const release = hold();
    monitor.wake('start');
    monitor.wake('online');
    monitor.wake('resume');
    release();
    await monitor.whenIdle();
    expect(probes).toHaveLength(2);
    expect(maxRunning()).toBe(1);
  });

  it('forgets an account removed during a sweep and plans nothing for it', async () => {
    const { monitor, probes, hold, remove, ids, clock } = setup(1);
    const [id = ''] = ids();
    const release = hold();
    monitor.wake('start');
    remove(id);
    release();
    await monitor.whenIdle();
    expect(probes).toEqual([id]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('renews inside the window, and never again a renewed token that was already inside it at birth', async () => {
    // Tokens without iat that live 2 days against a 7-day window: each renewal yields a token that is due at once.
    const { monitor, fake, run, update } = setup(1, () => accountRecord('active', 2, null));
    let renewals = 0;
    fake.renew = (record) => {
      renewals += 1;
      const token = { ...record.token, fingerprint: `0000000${renewals}`, expiresAt: testNow + 2 * dayMs };
      update(record.id, (current) => ({ ...current, token }));
      return { kind: 'renewed', checked: ok };
    };
    monitor.wake('start');
    await run(3 * 60 * minute);
    expect(renewals).toBe(1);
  });

  it('retries a renewal that could not reach Akool', async () => {
    const { monitor, fake, clock } = setup(1, () => accountRecord('active', 2, 400));
    fake.renew = () => ({ kind: 'failed', failure: offline });
    monitor.wake('start');
    await monitor.whenIdle();
    expect((clock.nextDue() ?? 0) - clock.now()).toBe(22_500);
  });
});
