// Proves the clipboard is cleared after the delay or on quit only while it still holds what we wrote.
import { describe, expect, it } from 'vitest';
import { createClipboardGuard, type ClearReason } from '../../../main/core/clipboard-guard';
import { createMemoryClipboard } from '../../../main/node/memory-clipboard';
import { createFakeClock } from '../../support/fake-clock';

const setup = () => {
  const clock = createFakeClock();
  const clipboard = createMemoryClipboard();
  const cleared: ClearReason[] = [];
  const guard = createClipboardGuard({ clipboard, clock, clearAfterMs: 30_000, onCleared: (r) => cleared.push(r) });
  return { clock, clipboard, cleared, guard };
};

describe('clipboard guard', () => {
  it('clears an unchanged clipboard when the delay has passed, not before', () => {
    const { clock, clipboard, cleared, guard } = setup();
    expect(guard.copy('token-1')).toBe(clock.now() + 30_000);
    clock.advance(29_999);
    expect(clipboard.text()).toBe('token-1');
    clock.advance(1);
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('leaves a clipboard the user changed alone', () => {
    const { clock, clipboard, cleared, guard } = setup();
    guard.copy('token-1');
    clipboard.writeText('something the user copied');
    clock.advance(30_000);
    expect(clipboard.text()).toBe('something the user copied');
    expect(cleared).toEqual([]);
  });

  it('restarts the timer on a new copy', () => {
    const { clock, clipboard, guard } = setup();
    guard.copy('token-1');
    clock.advance(20_000);
    guard.copy('token-2');
    clock.advance(20_000);
    expect(clipboard.text()).toBe('token-2');
    clock.advance(10_000);
    expect(clipboard.text()).toBe('');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('clears on quit only if unchanged, and stops the timer', () => {
    const { clock, clipboard, cleared, guard } = setup();
    guard.copy('token-1');
    guard.release();
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['quit']);
    expect(clock.pendingTimers()).toBe(0);

    guard.copy('token-2');
    clipboard.writeText('mine');
    guard.release();
    expect(clipboard.text()).toBe('mine');
    expect(cleared).toEqual(['quit']);
  });
});
