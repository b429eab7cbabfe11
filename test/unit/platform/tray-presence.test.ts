// Proves the per-platform keep-in-tray default, that start hidden never hides a window with no tray to return to, and that the first-close notice says how to get back.
import { describe, expect, it } from 'vitest';
import { closeHintFor, keepInTrayByDefault, showWindowAtStart } from '../../../main/platform/tray-presence';

describe('keepInTrayByDefault', () => {
  it('keeps running where a tray or Dock always exists, and quits on close where it may not', () => {
    expect(keepInTrayByDefault('darwin')).toBe(true);
    expect(keepInTrayByDefault('win32')).toBe(true);
    expect(keepInTrayByDefault('linux')).toBe(false);
    expect(keepInTrayByDefault('freebsd')).toBe(false);
  });
});

describe('showWindowAtStart', () => {
  it('starts hidden only when asked and the app stays in the tray', () => {
    expect(showWindowAtStart({ startHidden: true, keepInTray: true })).toBe(false);
    expect(showWindowAtStart({ startHidden: true, keepInTray: false })).toBe(true);
    expect(showWindowAtStart({ startHidden: false, keepInTray: true })).toBe(true);
    expect(showWindowAtStart({ startHidden: false, keepInTray: false })).toBe(true);
  });
});

describe('closeHintFor', () => {
  it('says on every platform how to open the window again, how to quit and where to turn it off', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { title, body } = closeHintFor(platform);
      expect(title).toBe('akool-vault is still running');
      expect(body).toMatch(/to open it( again)?\./);
      expect(body).toContain('Choose Quit in the tray menu');
      expect(body).toContain('“Keep running in the tray” in Settings');
    }
  });

  it('names the way back each platform has', () => {
    expect(closeHintFor('darwin').body).toContain('Dock icon');
    expect(closeHintFor('win32').body).toContain('notification area');
    expect(closeHintFor('win32').body).toContain('start akool-vault again');
    expect(closeHintFor('linux').body).toContain('start akool-vault again from your applications');
  });
});
