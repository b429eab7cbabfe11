// Proves the clipboard guard is race-free: each timer clears only its own write, and nothing lands between a read and its clear.
import { describe, expect, it } from 'vitest';
import { createClipboardGuard, type ClearReason } from '../../../../main/core/clipboard/clipboard-guard';
import { createControllableClipboard, settle } from '../../../support/controllable-clipboard';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';

const delayMs = 30_000;

const setup = () => {
  const clock = createFakeClock();
  const clipboard = createControllableClipboard();
  const cleared: ClearReason[] = [];
  const logger = createMemoryLogger();
  const guard = createClipboardGuard({
    clipboard,
    clock,
    clearAfterMs: () => delayMs,
    onCleared: (reason) => cleared.push(reason),
    logger,
  });
  const advance = async (ms: number): Promise<void> => {
    clock.advance(ms);
    await settle();
  };
  return { clock, clipboard, cleared, guard, advance, logger };
};

describe('clipboard guard races', () => {
  it('two copies in flight (tray and window): the second token stays for its whole delay', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const fromTray = guard.copy('token-a');
    const fromWindow = guard.copy('token-b');
    await clipboard.runNext('write');
    await advance(300);
    await clipboard.runNext('write');
    await Promise.all([fromTray, fromWindow]);
    expect(clipboard.text()).toBe('token-b');

    // The tray copy's deadline passes: its write is no longer on the clipboard, so nothing may be cleared.
    await advance(delayMs - 300);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('token-b');
    expect(cleared).toEqual([]);

    await advance(300);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('the same token copied twice is cleared at the second copy\'s deadline, not the first', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const first = guard.copy('same-token');
    const second = guard.copy('same-token');
    await clipboard.runNext('write');
    await advance(10_000);
    await clipboard.runNext('write');
    await Promise.all([first, second]);

    await advance(delayMs - 10_000);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('same-token');
    await advance(10_000);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('a copy made while the guard is reading is not wiped by that read\'s clear', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const first = guard.copy('token-a');
    await clipboard.runNext('write');
    await first;

    await advance(delayMs);
    expect(clipboard.inFlight()).toEqual(['read']);
    const second = guard.copy('token-b');
    // The OS runs what was asked, in order: the read (still token-a), then whatever the guard asks next.
    await clipboard.runAll();
    await second;

    expect(clipboard.text()).toBe('token-b');
    expect(cleared).toEqual(['timeout']);
  });

  it('the compare directly precedes the clear: text the user copies while the read is in flight stays', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const copied = guard.copy('token-a');
    await clipboard.runNext('write');
    await copied;

    await advance(delayMs);
    clipboard.userCopies('the user\'s own text');
    await clipboard.runAll();

    expect(clipboard.text()).toBe('the user\'s own text');
    expect(cleared).toEqual([]);
  });

  it('a newer copy whose write fails leaves the older copy\'s timer running', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const first = guard.copy('token-a');
    await clipboard.runNext('write');
    await first;

    await advance(10_000);
    const failing = expect(guard.copy('token-b')).rejects.toThrow('clipboard write failed');
    await clipboard.failNext('write');
    await failing;
    expect(clipboard.text()).toBe('token-a');

    await advance(delayMs - 10_000);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('quitting while a copy is in flight still clears that token once it is written', async () => {
    const { clipboard, cleared, guard, clock } = setup();
    const copied = guard.copy('token-a');
    const quit = guard.clear('quit');
    await clipboard.runAll();
    await copied;

    expect(await quit).toBe(true);
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['quit']);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('an older timer that fires while a newer write is in flight leaves the newer write alone', async () => {
    const { clipboard, cleared, guard, advance } = setup();
    const first = guard.copy('same-token');
    await clipboard.runNext('write');
    await first;

    await advance(delayMs - 1);
    const second = guard.copy('same-token');
    await advance(1);
    await clipboard.runAll();
    await second;
    expect(clipboard.text()).toBe('same-token');
    expect(cleared).toEqual([]);

    await advance(delayMs);
    await clipboard.runAll();
    expect(clipboard.text()).toBe('');
    expect(cleared).toEqual(['timeout']);
  });

  it('a clear that fails is logged without the token, and the next copy still works', async () => {
    const { clipboard, cleared, guard, advance, logger } = setup();
    const first = guard.copy('token-a');
    await clipboard.runNext('write');
    await first;

    await advance(delayMs);
    await clipboard.runNext('read');
    await clipboard.failNext('clear');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain('"message":"clearing the clipboard failed","error":"Error"');
    expect(cleared).toEqual([]);

    const second = guard.copy('token-b');
    await clipboard.runAll();
    expect((await second).clearsAt).not.toBeNull();
    expect(clipboard.text()).toBe('token-b');
  });
});
