// Proves a copy from the window needs a person's input reported by the platform: one input, one copy, within a few seconds.
import { describe, expect, it } from 'vitest';
import { createUserGestureGate, gestureWindowMs } from '../../../../main/core/clipboard/user-gesture';
import { noGestureText } from '../../../../main/ipc/handlers';
import { ipcChannel } from '../../../../preload/contract';
import { createFakeClock } from '../../../support/fake-clock';
import { createRuntimeFixture } from '../../../support/runtime-fixture';

describe('user gesture gate', () => {
  it('refuses without any input, allows one copy per input, and forgets an input after the window', () => {
    const clock = createFakeClock();
    const gate = createUserGestureGate(clock);
    expect(gate.take()).toBe(false);
    gate.noteInput();
    expect(gate.take()).toBe(true);
    expect(gate.take()).toBe(false);
    gate.noteInput();
    clock.advance(gestureWindowMs);
    expect(gate.take()).toBe(true);
    gate.noteInput();
    clock.advance(gestureWindowMs + 1);
    expect(gate.take()).toBe(false);
  });

  it('keeps the copy channel closed without an input reported to the runtime, and copies once after one', async () => {
    const fixture = await createRuntimeFixture();
    const { id } = await fixture.add('demo-active');
    const copy = () => fixture.runtime.dispatch(ipcChannel('copyToken'), { id });
    // The click that added the account is long past.
    await fixture.run(fixture.runtime, gestureWindowMs + 1);
    expect(await copy()).toEqual({ ok: false, error: { code: 'invalid-input', message: noGestureText } });
    expect(fixture.clipboard.text()).toBe('');
    fixture.runtime.noteUserInput();
    expect(await copy()).toMatchObject({ ok: true });
    expect(fixture.clipboard.text()).not.toBe('');
    expect(await copy()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
