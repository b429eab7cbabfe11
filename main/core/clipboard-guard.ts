// Writes a token to the clipboard and clears it later, only if the clipboard still holds what we wrote. Must not import electron.
import type { Clipboard, Clock, TimerHandle } from './ports';

export type ClearReason = 'timeout' | 'quit';

export interface ClipboardGuard {
  /** Copies `text`; resolves with when it will be cleared (epoch ms). A new copy restarts the timer. */
  copy(text: string): Promise<number>;
  /** Clears now if the clipboard still holds our text (used on quit). */
  release(): Promise<void>;
}

export function createClipboardGuard(options: {
  clipboard: Clipboard;
  clock: Clock;
  clearAfterMs: number;
  onCleared: (reason: ClearReason) => void;
}): ClipboardGuard {
  const { clipboard, clock, clearAfterMs, onCleared } = options;
  let written: string | null = null;
  let timer: TimerHandle | null = null;

  const stopTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const clearIfOurs = async (reason: ClearReason): Promise<void> => {
    stopTimer();
    const expected = written;
    written = null;
    if (expected === null || (await clipboard.readText()) !== expected) return;
    await clipboard.clear();
    onCleared(reason);
  };

  return {
    copy: async (text) => {
      stopTimer();
      await clipboard.writeText(text);
      written = text;
      timer = clock.setTimeout(() => void clearIfOurs('timeout'), clearAfterMs);
      return clock.now() + clearAfterMs;
    },
    release: () => clearIfOurs('quit'),
  };
}
