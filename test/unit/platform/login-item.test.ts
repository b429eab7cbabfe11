// Proves how "launch at login" is applied per platform, never for an unpackaged run, and only when the setting changes.
import { describe, expect, it } from 'vitest';
import { loginItemMethod, syncLoginItem } from '../../../main/platform/login-item';

describe('loginItemMethod', () => {
  it('uses Electron login items on macOS and Windows, XDG autostart on Linux', () => {
    expect(loginItemMethod('darwin', true)).toBe('electron');
    expect(loginItemMethod('win32', true)).toBe('electron');
    expect(loginItemMethod('linux', true)).toBe('xdg-autostart');
    expect(loginItemMethod('freebsd', true)).toBe('none');
  });

  it('registers nothing for an unpackaged run, which would start bare Electron at login', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) expect(loginItemMethod(platform, false)).toBe('none');
  });
});

describe('syncLoginItem', () => {
  it('applies the first value, then only changes', () => {
    const applied: boolean[] = [];
    const sync = syncLoginItem((openAtLogin) => applied.push(openAtLogin));

    sync(false);
    sync(false);
    sync(true);
    sync(true);
    sync(false);

    expect(applied).toEqual([false, true, false]);
  });
});
