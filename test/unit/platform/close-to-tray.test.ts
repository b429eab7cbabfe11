// Proves closing the window hides it to the tray (and reports it) unless the app is quitting or keepInTray is off, when it really closes.
import { describe, expect, it } from 'vitest';
import { hideOnClose } from '../../../main/platform/close-to-tray';

function fakeWindow() {
  let onClose: ((event: { preventDefault(): void }) => void) | null = null;
  const window = {
    hidden: 0,
    on: (_event: 'close', listener: (event: { preventDefault(): void }) => void) => {
      onClose = listener;
    },
    hide: () => {
      window.hidden += 1;
    },
  };
  /** Emits 'close' and says whether a listener prevented it. */
  const close = (): boolean => {
    let prevented = false;
    onClose?.({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { window, close };
}

describe('hideOnClose', () => {
  it('hides instead of closing while the app is not quitting, and reports each hide', () => {
    const { window, close } = fakeWindow();
    let hints = 0;
    hideOnClose(window, { isQuitting: () => false, keepInTray: () => true, onHidden: () => (hints += 1) });

    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.hidden).toBe(2);
    expect(hints).toBe(2);
  });

  it('lets the window close once the app is quitting', () => {
    const { window, close } = fakeWindow();
    let quitting = false;
    let hints = 0;
    hideOnClose(window, { isQuitting: () => quitting, keepInTray: () => true, onHidden: () => (hints += 1) });

    quitting = true;

    expect(close()).toBe(false);
    expect(window.hidden).toBe(0);
    expect(hints).toBe(0);
  });

  it('lets the window close when keeping it in the tray is off, read at each close', () => {
    const { window, close } = fakeWindow();
    let keep = false;
    let hints = 0;
    hideOnClose(window, { isQuitting: () => false, keepInTray: () => keep, onHidden: () => (hints += 1) });

    expect(close()).toBe(false);
    keep = true;
    expect(close()).toBe(true);
    expect(window.hidden).toBe(1);
    expect(hints).toBe(1);
  });
});
