// Proves a copy, or an answer that allows a command-line request or an import, needs a person's input reported by the platform: one input, one use, within a few seconds; Deny and Stop need none.
import { describe, expect, it } from 'vitest';
import { createUserGestureGate, gestureWindowMs } from '../../../../main/core/clipboard/user-gesture';
import { noGestureAcceptText, noGestureAllowText, noGestureText } from '../../../../main/ipc/handlers';
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

  it('refuses an allowing answer to an approval or an import without an input, and lets Deny, an empty import and Stop through', async () => {
    const fixture = await createRuntimeFixture();
    await fixture.run(fixture.runtime, gestureWindowMs + 1);
    const id = '00000000-0000-4000-8000-000000000001';
    const refused = { ok: false, error: { code: 'invalid-input', message: noGestureAllowText } };
    const answer = (answer: 'once' | 'folder-hour' | 'deny') => fixture.runtime.dispatch(ipcChannel('answerApproval'), { id, answer });
    const allowImport = (allowed: string[]) => fixture.runtime.dispatch(ipcChannel('answerScanImport'), { requestId: id, allowed });
    expect(await answer('once')).toEqual(refused);
    expect(await answer('folder-hour')).toEqual(refused);
    expect(await allowImport(['0123abcd'])).toEqual(refused);
    expect(await answer('deny')).toEqual({ ok: true, data: { answered: false } });
    expect(await allowImport([])).toEqual({ ok: true, data: { answered: false } });
    expect(await fixture.runtime.dispatch(ipcChannel('stopRun'), { runId: id })).toEqual({ ok: true, data: { stopped: false } });
    fixture.runtime.noteUserInput();
    expect(await answer('once')).toEqual({ ok: true, data: { answered: false } });
    expect(await answer('once')).toEqual(refused);
  });

  it('refuses to accept a vault file without an input, and takes the input when there is one', async () => {
    const fixture = await createRuntimeFixture();
    await fixture.run(fixture.runtime, gestureWindowMs + 1);
    const accept = () => fixture.runtime.dispatch(ipcChannel('acceptVaultFile'), { confirmed: true });
    expect(await accept()).toEqual({ ok: false, error: { code: 'invalid-input', message: noGestureAcceptText } });
    fixture.runtime.noteUserInput();
    expect(await accept()).toMatchObject({ ok: true });
    expect(await accept()).toEqual({ ok: false, error: { code: 'invalid-input', message: noGestureAcceptText } });
  });
});
