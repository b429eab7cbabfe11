// Proves "never clear the clipboard" needs the user's confirmation, and that a never written into the vault file by another program does not switch clearing off.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../preload/contract';
import { createRuntimeFixture } from '../../../support/runtime-fixture';

describe('never clearing the clipboard', () => {
  it('is refused without the confirmation and changes nothing', async () => {
    const fixture = await createRuntimeFixture();
    await expect(fixture.call(fixture.runtime, 'updateSettings', { clipboardClearSeconds: 0 })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/must be confirmed in Settings/),
    });
    expect(fixture.runtime.state().settings.clipboardClearSeconds).toBe(defaultSettings.clipboardClearSeconds);
  });

  it('holds once confirmed, across a restart, and a copy is then never cleared; any other delay takes it back', async () => {
    const fixture = await createRuntimeFixture();
    const { id } = await fixture.add('demo-active');
    expect(await fixture.call(fixture.runtime, 'updateSettings', { clipboardClearSeconds: 0, confirmNeverClear: true })).toMatchObject({ clipboardClearSeconds: 0 });
    expect(await fixture.call(fixture.runtime, 'copyToken', { id })).toMatchObject({ clearsAt: null });
    const restarted = await fixture.compose();
    expect(restarted.state().settings.clipboardClearSeconds).toBe(0);
    expect(await fixture.call(restarted, 'updateSettings', { clipboardClearSeconds: 10 })).toMatchObject({ clipboardClearSeconds: 10 });
    expect(JSON.stringify(fixture.store.read())).not.toContain('never-clear');
  });

  it('written into the vault file without the sealed confirmation, reads as the default delay and copies are still cleared', async () => {
    const fixture = await createRuntimeFixture();
    const { id } = await fixture.add('demo-active');
    const document = fixture.store.read();
    const settings: unknown = Reflect.get(document, 'settings');
    if (typeof settings !== 'object' || settings === null) throw new Error('no settings in the vault file');
    fixture.store.write({ ...document, settings: { ...settings, clipboardClearSeconds: 0 } });
    const restarted = await fixture.compose();
    expect(restarted.state().settings.clipboardClearSeconds).toBe(defaultSettings.clipboardClearSeconds);
    const copied = await fixture.call(restarted, 'copyToken', { id });
    expect(Date.parse(copied.clearsAt ?? '')).toBe(fixture.clock.now() + defaultSettings.clipboardClearSeconds * 1000);
  });
});
