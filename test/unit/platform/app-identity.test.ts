// Proves Windows' AppUserModelID is electron-builder.yml's appId (one source of truth for the installer's shortcut and the app) and is set only on Windows.
import { describe, expect, it } from 'vitest';
import { appId, appUserModelIdFor } from '../../../main/platform/app-identity';
import { loadBuilderConfig } from '../packaging/builder-config';

describe('app identity', () => {
  it('equals the appId electron-builder stamps on the Start-menu shortcut', async () => {
    const config = await loadBuilderConfig();
    expect(config.appId).toBe(appId);
  });

  it('is set on Windows only (electron.d.ts: setAppUserModelId is @platform win32)', () => {
    expect(appUserModelIdFor('win32')).toBe(appId);
    expect(appUserModelIdFor('darwin')).toBeNull();
    expect(appUserModelIdFor('linux')).toBeNull();
  });
});
