// Proves the keepInTray setting: the platform's default until the user chooses, then the stored choice, also after a restart and in files written before it existed.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../preload/contract';
import { createRuntimeFixture, type RuntimeFixture } from '../../../support/runtime-fixture';

let fixture: RuntimeFixture | null = null;
afterEach(async () => {
  await fixture?.runtime.dispose();
  fixture = null;
});

describe('keepInTray setting', () => {
  it('is the platform default while nothing was chosen, and nothing is stored for it', async () => {
    for (const platformDefault of [false, true]) {
      fixture = await createRuntimeFixture({ keepInTrayDefault: platformDefault });
      expect(fixture.runtime.state().settings.keepInTray).toBe(platformDefault);
      await fixture.call(fixture.runtime, 'updateSettings', { notifications: false });
      expect(fixture.store.read()).toMatchObject({ settings: { notifications: false } });
      expect(fixture.store.read()['settings']).not.toHaveProperty('keepInTray');
      await fixture.runtime.dispose();
    }
  });

  it('keeps the choice the user made, also after a restart, whatever the platform default', async () => {
    fixture = await createRuntimeFixture({ keepInTrayDefault: false });
    expect(await fixture.call(fixture.runtime, 'updateSettings', { keepInTray: true })).toMatchObject({ keepInTray: true });
    const restarted = await fixture.compose();
    expect(restarted.state().settings.keepInTray).toBe(true);
    await restarted.dispose();
  });

  it('falls back to the contract default when the runtime gets no platform default (the harness)', async () => {
    fixture = await createRuntimeFixture();
    expect(fixture.runtime.state().settings.keepInTray).toBe(defaultSettings.keepInTray);
  });

  it('refuses a value that is not a boolean', async () => {
    fixture = await createRuntimeFixture({ keepInTrayDefault: false });
    const envelope = await fixture.runtime.dispatch('vault:updateSettings', { keepInTray: 'yes' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fixture.runtime.state().settings.keepInTray).toBe(false);
  });
});
