// Proves the monitor inside the real runtime against the in-process sandbox: intervals, Retry-After, automatic renewal, and races.
import { createHash } from 'node:crypto';
import { removeUndoMs } from '../../../../main/core/accounts/pending-removals';
import { afterEach, describe, expect, it } from 'vitest';
import { demoAccounts, type SandboxAccountSeed } from '../../../sandbox/accounts';
import { statusDemoAccounts } from '../../../sandbox/status-demo-accounts';
import { createRuntimeFixture, type RuntimeFixture } from '../../../support/runtime-fixture';

const minute = 60_000;
const day = 24 * 60 * minute;
const fingerprintOf = (token: string | undefined): string =>
  createHash('sha256').update(token ?? '').digest('hex').slice(0, 8);
const seed = (clientId: string, overrides: Partial<SandboxAccountSeed> = {}): SandboxAccountSeed => {
  const found = demoAccounts.find((account) => account.clientId === clientId);
  if (found === undefined) throw new Error(`no demo account ${clientId}`);
  return { ...found, ...overrides };
};

let fixture: RuntimeFixture;
afterEach(async () => {
  await fixture.runtime.dispose();
});

describe('background monitor in the runtime', () => {
  it('checks on start, then once per interval, waking once per round', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, clock, run } = fixture;
    await fixture.add('demo-active');
    const before = sandbox.requests.length;
    runtime.start();
    await runtime.whenIdle();
    expect(sandbox.requests.length - before).toBe(1);
    const fired = clock.firedTimers();
    await run(runtime, 60 * minute);
    expect(clock.firedTimers() - fired).toBe(4);
    expect(sandbox.requests.length - before).toBe(5);
  });

  it('moves its timer when the check interval setting changes', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, clock, call } = fixture;
    await fixture.add('demo-active');
    runtime.start();
    await runtime.whenIdle();
    const checkedAt = clock.now();
    await call(runtime, 'updateSettings', { checkIntervalMinutes: 60 });
    expect(clock.nextDue()).toBe(checkedAt + 60 * minute);
    await call(runtime, 'updateSettings', { checkIntervalMinutes: 5 });
    expect(clock.nextDue()).toBe(checkedAt + 5 * minute);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('honours Retry-After from a 503, even when the network comes back before it passes', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, clock, run } = fixture;
    const added = await fixture.add('demo-active');
    sandbox.fail({ kind: 'status', status: 503, retryAfter: '600' });
    runtime.start();
    await runtime.whenIdle();
    expect(runtime.state().accounts[0]).toMatchObject({ id: added.id, status: 'unreachable' });
    expect(clock.nextDue()).toBe(clock.now() + 600_000);
    sandbox.heal();
    const before = sandbox.requests.length;
    runtime.wake('online');
    await run(runtime, 599_999);
    expect(sandbox.requests.length).toBe(before);
    await run(runtime, 1);
    expect(sandbox.requests.length).toBe(before + 1);
    expect(runtime.state().accounts[0]?.status).toBe('active');
  });

  it('shows a network failure as unreachable and retries it after the jittered backoff, not at the interval', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, clock, run } = fixture;
    await fixture.add('demo-active');
    sandbox.fail({ kind: 'network' });
    runtime.start();
    await runtime.whenIdle();
    expect(runtime.state().accounts[0]?.problem).toBe('Could not reach the Akool API: network error (ECONNREFUSED).');
    expect(clock.nextDue()).toBe(clock.now() + 22_500);
    sandbox.heal();
    await run(runtime, 22_500);
    expect(runtime.state().accounts[0]?.status).toBe('active');
    expect(clock.nextDue()).toBe(clock.now() + 15 * minute);
  });

  it("backs off on Akool's 1005 like a 429 and keeps the account's status, problem and check time", async () => {
    fixture = await createRuntimeFixture({ seeds: statusDemoAccounts });
    const { runtime, sandbox, clock, run, notifier } = fixture;
    // demo-busy answers 1005 on every second quota check: the add-time check passes, the first sweep is throttled.
    const added = await fixture.add('demo-busy');
    expect(added).toMatchObject({ status: 'active', credit: 640, problem: null });
    runtime.start();
    await runtime.whenIdle();
    expect(runtime.state().accounts[0]).toMatchObject({ status: 'active', problem: null, checkedAt: added.checkedAt });
    expect(clock.nextDue()).toBe(clock.now() + 22_500);
    const before = sandbox.requests.length;
    await run(runtime, 22_499);
    expect(sandbox.requests.length).toBe(before);
    await run(runtime, 1);
    expect(sandbox.requests.length).toBe(before + 1);
    expect(runtime.state().accounts[0]).toMatchObject({ status: 'active', problem: null });
    expect(runtime.state().accounts[0]?.checkedAt).not.toBe(added.checkedAt);
    expect(clock.nextDue()).toBe(clock.now() + 15 * minute);
    expect(notifier.sent).toEqual([]);
  });

  it('does not retry a ban or rejected credentials before the next interval', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, run } = fixture;
    await fixture.add('demo-banned');
    await fixture.add('demo-active');
    sandbox.registry.expireTokens('demo-active');
    sandbox.registry.setState('demo-active', 'invalid-secret');
    runtime.start();
    await runtime.whenIdle();
    expect(runtime.state().accounts.map((account) => account.status)).toEqual(['banned', 'invalid']);
    const before = sandbox.requests.length;
    await run(runtime, 15 * minute - 1);
    expect(sandbox.requests.length).toBe(before);
  });

  it('checks an API-key account with its key at each interval, never exchanges for it, and shows a revoked key as invalid at once', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, call, run } = fixture;
    const { clientSecret } = seed('demo-active');
    const added = await call(runtime, 'addAccount', { kind: 'api-key', label: 'Keyed', apiKey: clientSecret, baseUrl: 'https://akool.test' });
    expect(added).toMatchObject({ kind: 'api-key', status: 'active', credit: 1234 });
    runtime.start();
    await runtime.whenIdle();
    sandbox.registry.setCredit('demo-active', 99);
    await run(runtime, 15 * minute);
    expect(runtime.state().accounts[0]).toMatchObject({ status: 'active', credit: 99 });
    sandbox.registry.setState('demo-active', 'invalid-secret');
    await run(runtime, 15 * minute);
    expect(runtime.state().accounts[0]).toMatchObject({ status: 'invalid', credit: 99 });
    expect(sandbox.requests.filter((path) => path.endsWith('/getToken'))).toEqual([]);
  });

  it('renews a token once it is inside the renew window, and keeps the newest token', async () => {
    fixture = await createRuntimeFixture({ seeds: [seed('demo-active', { tokenTtlSeconds: 20 * 86_400 })] });
    const { runtime, sandbox, call, run } = fixture;
    await call(runtime, 'updateSettings', { checkIntervalMinutes: 24 * 60, renewWindowDays: 7 });
    const added = await fixture.add('demo-active');
    runtime.start();
    await run(runtime, 12 * day);
    expect(sandbox.registry.exchangeCount('demo-active')).toBe(1);
    await run(runtime, day);
    expect(sandbox.registry.exchangeCount('demo-active')).toBe(2);
    await run(runtime, 6 * day);
    expect(sandbox.registry.exchangeCount('demo-active')).toBe(2);
    const view = runtime.state().accounts[0];
    expect(view?.tokenFingerprint).not.toBe(added.tokenFingerprint);
    expect(view?.tokenFingerprint).toBe(fingerprintOf(sandbox.registry.issuedTokens('demo-active').at(-1)));
  });

  it('never renews a banned account, even after its token expired, and keeps its credentials', async () => {
    fixture = await createRuntimeFixture({ seeds: [seed('demo-banned', { tokenTtlSeconds: 3 * 86_400 })] });
    const { runtime, sandbox, call, run, clipboard } = fixture;
    const added = await fixture.add('demo-banned');
    runtime.start();
    await run(runtime, 5 * day);
    runtime.wake('resume');
    await runtime.whenIdle();
    expect(sandbox.registry.exchangeCount('demo-banned')).toBe(1);
    expect(runtime.state().accounts[0]?.status).toBe('banned');
    await call(runtime, 'copyToken', { id: added.id });
    expect(clipboard.text()).toBe(sandbox.registry.issuedTokens('demo-banned')[0]);
  });

  it('lets a background check, a manual renew, a copy and a manual check race into one exchange and copy the new token', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, call, clipboard } = fixture;
    const added = await fixture.add('demo-active');
    sandbox.registry.expireTokens('demo-active');
    const before = sandbox.requests.length;
    sandbox.hold();
    runtime.start();
    await sandbox.whenHeld(1);
    const racers = Promise.all([
      call(runtime, 'renewToken', { id: added.id }),
      call(runtime, 'copyToken', { id: added.id }),
      call(runtime, 'checkAccount', { id: added.id }),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    sandbox.release();
    const [renewed, , checked] = await racers;
    await runtime.whenIdle();
    const newest = sandbox.registry.issuedTokens('demo-active').at(-1);
    expect(sandbox.registry.exchangeCount('demo-active')).toBe(2);
    expect(sandbox.requests.length - before).toBe(3);
    expect(renewed.tokenFingerprint).toBe(fingerprintOf(newest));
    expect(checked.tokenFingerprint).toBe(fingerprintOf(newest));
    expect(clipboard.text()).toBe(newest);
  });

  it('never lets a background answer revive an account removed while it was being checked', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, call, clock, store } = fixture;
    const added = await fixture.add('demo-active');
    sandbox.hold();
    runtime.start();
    await sandbox.whenHeld(1);
    const removal = call(runtime, 'removeAccount', { id: added.id });
    await new Promise((resolve) => setImmediate(resolve));
    sandbox.release();
    await removal;
    await runtime.whenIdle();
    expect(runtime.state().accounts).toEqual([]);
    // The removal is final once its undo window ends (pending-removals.ts).
    clock.advance(removeUndoMs);
    await runtime.whenIdle();
    expect(JSON.stringify(store.read())).not.toContain(added.id);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('never lets a slow renewal overwrite the token of a secret replacement made after it', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, call } = fixture;
    const added = await fixture.add('demo-active');
    sandbox.hold();
    const renewal = call(runtime, 'renewToken', { id: added.id });
    await sandbox.whenHeld(1);
    const replacement = call(runtime, 'replaceSecret', { id: added.id, clientSecret: 'demo-secret-active' });
    await new Promise((resolve) => setImmediate(resolve));
    sandbox.release();
    await Promise.all([renewal, replacement]);
    expect(sandbox.maxInFlight()).toBe(1);
    const issued = sandbox.registry.issuedTokens('demo-active');
    expect(issued).toHaveLength(3);
    expect(runtime.state().accounts[0]?.tokenFingerprint).toBe(fingerprintOf(issued.at(-1)));
  });
});
