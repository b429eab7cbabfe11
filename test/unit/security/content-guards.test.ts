// Proves the guards main/index.ts installs on every web contents and on the session: popups, navigation, webviews and permissions all denied.
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, hardenContents, type GuardedContents, type PermissionSession } from '../../../main/platform/content-guards';
import { createMemoryLogger } from '../../support/memory-logger';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** Shaped like Electron's WebContents where the guards touch it; records what they install. */
function fakeContents(url: string) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: (() => { action: string }) | null = null;
  const contents: GuardedContents = {
    getURL: () => url,
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  /** Fires an event the way Electron would; resolves whether a guard prevented it. */
  const fire = (event: string, target: string): boolean => {
    let prevented = false;
    const handlers = listeners.get(event) ?? [];
    if (handlers.length === 0) throw new Error(`no guard listens to ${event}`);
    handlers.forEach((listener) => listener({ url: target, preventDefault: () => (prevented = true) }));
    return prevented;
  };
  return { contents, fire, openWindow: () => openHandler?.() ?? { action: 'allow (no handler installed)' } };
}

function fakeSession() {
  const handlers: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    device?: () => boolean;
  } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
  };
  return { session, handlers };
}

const page = 'app://akool-vault/index.html';

describe('hardenContents', () => {
  it('denies every window.open, whatever the URL', () => {
    const { contents, openWindow } = fakeContents(page);
    hardenContents(contents, createMemoryLogger());
    expect(openWindow()).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('blocks %s to anywhere but the page itself', (event) => {
    const { contents, fire } = fakeContents(page);
    const logger = createMemoryLogger();
    hardenContents(contents, logger);
    for (const target of ['https://evil.example/', 'app://akool-vault/other.html', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(fire(event, target), target).toBe(true);
    }
    expect(fire(event, page)).toBe(false);
    expect(logger.lines.some((line) => line.includes('evil.example'))).toBe(false);
  });

  it('refuses to attach any <webview>', () => {
    const { contents, fire } = fakeContents(page);
    hardenContents(contents, createMemoryLogger());
    expect(fire('will-attach-webview', page)).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request, check and device request', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'geolocation', 'openExternal', 'fullscreen']) {
      handlers.request?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual(Array.from({ length: 7 }, () => false));
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});
