// Proves notifications in the running vault: one per transition across checks and restarts, none when turned off, never a secret.
import { afterEach, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../../sandbox/accounts';
import { createRuntimeFixture, type RuntimeFixture } from '../../../support/runtime-fixture';

const minute = 60_000;
let fixture: RuntimeFixture;
afterEach(async () => {
  await fixture.runtime.dispose();
});

const titles = (): string[] => fixture.notifier.sent.map((notification) => notification.title);

describe('alerts in the runtime', () => {
  it('notifies a ban once across checks and a restart, and again after the account recovered and was banned anew', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, run } = fixture;
    const added = await fixture.add('demo-active');
    runtime.start();
    sandbox.registry.setState('demo-active', 'banned');
    runtime.wake('online');
    await run(runtime, 60 * minute);
    expect(fixture.notifier.sent).toEqual([
      { title: 'Akool account banned', body: 'Label demo-active: Akool reports this account as banned.', accountId: added.id },
    ]);
    await runtime.dispose();
    const restarted = await fixture.compose();
    restarted.start();
    await run(restarted, 60 * minute);
    expect(titles()).toEqual(['Akool account banned']);
    sandbox.registry.setState('demo-active', 'active');
    restarted.wake('resume');
    await restarted.whenIdle();
    sandbox.registry.setState('demo-active', 'banned');
    restarted.wake('resume');
    await restarted.whenIdle();
    expect(titles()).toEqual(['Akool account banned', 'Akool account banned']);
    await restarted.dispose();
  });

  it('notifies invalid credentials and each expiry level once per token', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox } = fixture;
    await fixture.add('demo-expiring');
    await fixture.add('demo-active');
    sandbox.registry.expireTokens('demo-active');
    sandbox.registry.setState('demo-active', 'invalid-secret');
    runtime.start();
    await runtime.whenIdle();
    runtime.wake('resume');
    await runtime.whenIdle();
    expect(fixture.notifier.sent.map(({ title, body }) => `${title}: ${body}`)).toEqual([
      'Akool token expiring: Label demo-expiring: the token expires in 3 days.',
      'Akool credentials rejected: Label demo-active: Akool rejected the client ID or secret. Replace the secret to use this account again.',
    ]);
  });

  it('remembers transitions while notifications are off, and does not replay them when turned on', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox, call } = fixture;
    await call(runtime, 'updateSettings', { notifications: false });
    await fixture.add('demo-banned');
    runtime.start();
    await runtime.whenIdle();
    expect(fixture.notifier.sent).toEqual([]);
    await call(runtime, 'updateSettings', { notifications: true });
    runtime.wake('resume');
    await runtime.whenIdle();
    expect(fixture.notifier.sent).toEqual([]);
    sandbox.registry.setState('demo-banned', 'active');
    runtime.wake('resume');
    await runtime.whenIdle();
    sandbox.registry.setState('demo-banned', 'banned');
    runtime.wake('resume');
    await runtime.whenIdle();
    expect(titles()).toEqual(['Akool account banned']);
  });

  it('never puts a secret or a token in a notification or a log line', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, sandbox } = fixture;
    for (const { clientId } of demoAccounts.filter((account) => account.state !== 'invalid-secret')) await fixture.add(clientId);
    sandbox.registry.expireTokens('demo-active');
    sandbox.registry.setState('demo-active', 'invalid-secret');
    runtime.start();
    await runtime.whenIdle();
    const text = JSON.stringify(fixture.notifier.sent) + fixture.logLines.join('\n');
    expect(fixture.notifier.sent.length).toBeGreaterThanOrEqual(3);
    for (const account of demoAccounts) {
      expect(text).not.toContain(account.clientSecret);
      for (const token of sandbox.registry.issuedTokens(account.clientId)) expect(text).not.toContain(token);
    }
    expect(text).not.toMatch(/eyJ/);
  });
});
