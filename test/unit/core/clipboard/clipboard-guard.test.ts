// Proves the clipboard is cleared after the delay or on quit only while it still holds what we wrote.
import { describe, expect, it } from 'vitest';
import { clearDelayMs, createClipboardGuard, type ClearReason } from '../../../../main/core/clipboard/clipboard-guard';
import { createMemoryClipboard } from '../../../../main/node/memory-clipboard';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';

const setup = () => {
  const clock = createFakeClock();
  const clipboard = createMemoryClipboard();
  const cleared: ClearReason[] = [];
  const logger = createMemoryLogger();
  let delay: number | null = 30_000;
  const guard = createClipboardGuard({ clipboard, clock, clearAfterMs: () => delay, onCleared: (r) => cleared.push(r), logger });
  const setDelay = (ms: number | null): void => {
    delay = ms;
  };
  /** Moves the fake clock and lets the guard's clipboard reads settle. */
  const advance = async (ms: number): Promise<void> => {
    clock.advance(ms);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, clipboard, cleared, guard, advance, setDelay, logger };
};

describe('clipboard guard', () => {
  it('clears an unchanged clipboard when the delay has passed, not before', async () => {
    const { clock, clipboard, cleared, guard, advance } = setup();
    expect(await guard.copy('token-1')).toEqual({ clearsAt: clock.now() + 30_000, concealed: true });
    await advance(29_999);
    expect(clipboard.text()).toBe('token-1');
    await advance(1);
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('leaves a clipboard the user changed alone', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    await guard.copy('token-1');
    await clipboard.writeText('something the user copied');
    await advance(30_000);
    expect(clipboard.text()).toBe('something the user copied');
    expect(cleared).toEqual([]);
  });

  it('restarts the timer on a new copy', async () => {
    const { clock, clipboard, guard, advance } = setup();
    await guard.copy('token-1');
    await advance(20_000);
    await guard.copy('token-2');
    expect(clock.pendingTimers()).toBe(1);
    await advance(20_000);
    expect(clipboard.text()).toBe('token-2');
    await advance(10_000);
    expect(clipboard.text()).toBe('');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('clears on quit only if unchanged, and stops the timer', async () => {
    const { clock, clipboard, cleared, guard } = setup();
    await guard.copy('token-1');
    await guard.clear('quit');
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['quit']);
    expect(clock.pendingTimers()).toBe(0);

    await guard.copy('token-2');
    await clipboard.writeText('mine');
    expect(await guard.clear('quit')).toBe(false);
    expect(clipboard.text()).toBe('mine');
    expect(cleared).toEqual(['quit']);
  });

  it('clears at once on request and reports whether it did', async () => {
    const { clipboard, cleared, guard } = setup();
    expect(await guard.clear('manual')).toBe(false);
    await guard.copy('token-1');
    expect(await guard.clear('manual')).toBe(true);
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['manual']);
  });

  it('takes the delay from the settings at each copy, and never clears when it is null', async () => {
    const { clock, clipboard, guard, advance, setDelay } = setup();
    setDelay(10_000);
    expect((await guard.copy('token-1')).clearsAt).toBe(clock.now() + 10_000);
    await advance(10_000);
    expect(clipboard.text()).toBe('');
    setDelay(null);
    expect((await guard.copy('token-2')).clearsAt).toBeNull();
    await advance(3_600_000);
    expect(clipboard.text()).toBe('token-2');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('with the setting 0 ("never") the token stays on the clipboard and no timer is set', async () => {
    const { clock, clipboard, guard, advance, setDelay, cleared } = setup();
    expect(clearDelayMs(30)).toBe(30_000);
    setDelay(clearDelayMs(0));
    expect((await guard.copy('token-1')).clearsAt).toBeNull();
    expect(clock.pendingTimers()).toBe(0);
    await advance(24 * 3_600_000);
    expect(clipboard.text()).toBe('token-1');
    expect(cleared).toEqual([]);
  });

  it('says and logs when the copy could not ask clipboard history to skip it', async () => {
    const { clipboard, guard, logger } = setup();
    expect((await guard.copy('token-1')).concealed).toBe(true);
    expect(logger.lines.join('\n')).not.toContain('clipboard-history protection');
    clipboard.refuseConcealment();
    expect((await guard.copy('token-2')).concealed).toBe(false);
    expect(clipboard.text()).toBe('token-2');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain('token copied without clipboard-history protection');
    expect(logger.lines[0]).not.toContain('token-2');
  });
});
