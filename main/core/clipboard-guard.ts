// Writes a token to the clipboard and clears it later, only if the clipboard still holds what we wrote. Must not import electron.
import type { Clipboard, Clock, TimerHandle } from './ports';

export type ClearReason = 'timeout' | 'quit' | 'manual';

export interface ClipboardGuard {
  /** Copies `text`; resolves with when it will be cleared (epoch ms), or null when it never is. A new copy restarts the timer. */
  copy(text: string): Promise<number | null>;
  /** Clears now if the clipboard still holds our text; resolves with whether it did. */
  clear(reason: Exclude<ClearReason, 'timeout'>): Promise<boolean>;
}

/** The guard's delay for a clipboard-clear setting in seconds, where 0 means never. */
export const clearDelayMs = (seconds: number): number | null => (seconds === 0 ? null : seconds * 1000);

export function createClipboardGuard(options: {
  clipboard: Clipboard;
  clock: Clock;
  /** Read at each copy, so a settings change applies to the next copy; null means never clear. */
  clearAfterMs: () => number | null;
  onCleared: (reason: ClearReason) => void;
}): ClipboardGuard {
  const { clipboard, clock, onCleared } = options;
  let written: string | null = null;
  let timer: TimerHandle | null = null;

  const stopTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const clearIfOurs = async (reason: ClearReason): Promise<boolean> => {
    stopTimer();
    const expected = written;
    written = null;
    if (expected === null || (await clipboard.readText()) !== expected) return false;
    await clipboard.clear();
    onCleared(reason);
    return true;
  };

  return {
    copy: async (text) => {
      stopTimer();
      await clipboard.writeText(text);
      written = text;
      const delay = options.clearAfterMs();
      if (delay === null) return null;
      timer = clock.setTimeout(() => void clearIfOurs('timeout'), delay);
      return clock.now() + delay;
    },
    clear: (reason) => clearIfOurs(reason),
  };
}
