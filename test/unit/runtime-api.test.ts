// Proves the runtime's platform-facing API: state for the tray, focusAccount, the once-ever close hint, and dispose stopping the monitor.
import { afterEach, describe, expect, it } from 'vitest';
import { events, ipcEvent } from '../../preload/contract';
import { buildTrayModel } from '../../main/core/tray/tray-model';
import { createRuntimeFixture, type RuntimeFixture } from '../support/runtime-fixture';

let fixture: RuntimeFixture;
afterEach(async () => {
  await fixture.runtime.dispose();
});

describe('vault runtime API', () => {
  it('gives the tray the same state the window gets', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, call, clock } = fixture;
    await fixture.add('demo-banned');
    expect(runtime.state()).toEqual(await call(runtime, 'getState', {}));
    expect(buildTrayModel(runtime.state().accounts, clock.now())).toMatchObject({ icon: 'alert', tooltip: '1 account · 1 banned' });
  });

  it('emits focusAccount for an account in the vault and nothing for an unknown id', async () => {
    fixture = await createRuntimeFixture();
    const { runtime } = fixture;
    const added = await fixture.add('demo-active');
    const seen: unknown[] = [];
    runtime.onEvent((channel, payload) => {
      if (channel === ipcEvent('focusAccount')) seen.push(events.focusAccount.parse(payload));
    });
    runtime.focusAccount(added.id);
    runtime.focusAccount('00000000-0000-4000-8000-000000000000');
    runtime.focusAccount('not-an-id');
    expect(seen).toEqual([{ id: added.id }]);
  });

  it('says the close hint is due only the first time ever, also after a restart', async () => {
    fixture = await createRuntimeFixture();
    const { runtime } = fixture;
    expect(runtime.closeHintDue()).toBe(true);
    expect(runtime.closeHintDue()).toBe(false);
    const restarted = await fixture.compose();
    expect(restarted.closeHintDue()).toBe(false);
  });

  it('shows the close hint once per run even when the vault file cannot be written', async () => {
    fixture = await createRuntimeFixture();
    fixture.store.failWrites = true;
    expect(fixture.runtime.closeHintDue()).toBe(true);
    expect(fixture.runtime.closeHintDue()).toBe(false);
  });

  it('stops the monitor timer on dispose', async () => {
    fixture = await createRuntimeFixture();
    const { runtime, clock } = fixture;
    await fixture.add('demo-active');
    runtime.start();
    await runtime.whenIdle();
    expect(clock.pendingTimers()).toBe(1);
    await runtime.dispose();
    expect(clock.pendingTimers()).toBe(0);
    runtime.wake('resume');
    await runtime.whenIdle();
    expect(clock.pendingTimers()).toBe(0);
  });
});
