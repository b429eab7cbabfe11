// Proves the window host creates the window shown or hidden, reveals it (restoring, or re-creating it once gone) and keeps it in the tray on close.
import { describe, expect, it } from 'vitest';
import { createWindowHost, type HostedWindow } from '../../../main/platform/window-host';

type Listener = (event: { preventDefault(): void }) => void;

class FakeWindow implements HostedWindow {
  calls: string[] = [];
  minimized = false;
  destroyed = false;
  private listeners = new Map<string, Listener[]>();
  constructor(readonly shownAtStart: boolean) {}
  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) });
    return prevented;
  }
  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => this.minimized;
  restore = (): void => void this.calls.push('restore');
  show = (): void => void this.calls.push('show');
  focus = (): void => void this.calls.push('focus');
  hide = (): void => void this.calls.push('hide');
}

function setup(quitting = false) {
  const created: FakeWindow[] = [];
  let hidden = 0;
  const host = createWindowHost({
    create: (show) => {
      const window = new FakeWindow(show);
      created.push(window);
      return window;
    },
    isQuitting: () => quitting,
    keepInTray: () => true,
    onHidden: () => (hidden += 1),
  });
  return { host, created, hidden: () => hidden };
}

describe('createWindowHost', () => {
  it('opens the window hidden when asked (start hidden in the tray)', () => {
    const { host, created } = setup();

    host.open(false);

    expect(created.map((window) => window.shownAtStart)).toEqual([false]);
    expect(host.current()).toBe(created[0]);
  });

  it('reveals a hidden or minimized window: restore, show, focus', () => {
    const { host, created } = setup();
    host.open(false);
    const window = created[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;

    host.reveal();

    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(created).toHaveLength(1);
  });

  it('hides on close instead of closing, and reports it', () => {
    const { host, created, hidden } = setup();
    host.open(true);

    expect(created[0]?.emit('close')).toBe(true);
    expect(created[0]?.calls).toEqual(['hide']);
    expect(hidden()).toBe(1);
  });

  it('creates a shown window again once the old one is gone', () => {
    const { host, created } = setup(true);
    host.open(true);
    const first = created[0];
    first?.emit('closed');
    if (first !== undefined) first.destroyed = true;

    expect(host.current()).toBeNull();
    host.reveal();

    expect(created.map((window) => window.shownAtStart)).toEqual([true, true]);
    expect(host.current()).toBe(created[1]);
  });
});
