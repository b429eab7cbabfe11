// Writes a token to the clipboard and clears it later, only if the clipboard still holds what we wrote. Must not import electron.
import type { Clipboard, Clock, TimerHandle } from './ports';

export type ClearReason = 'timeout' | 'quit';

export interface ClipboardGuard {
  /** Copies `text`; returns when it will be cleared (epoch ms). A new copy restarts the timer. */
  copy(text: string): number;
  /** Clears now if the clipboard still holds our text (used on quit). */
  release(): void;
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

  const clearIfOurs = (reason: ClearReason): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    const ours = written !== null && clipboard.readText() === written;
    written = null;
    if (!ours) return;
    clipboard.clear();
    onCleared(reason);
  };

  return {
    copy: (text) => {
      if (timer !== null) clock.clearTimeout(timer);
      clipboard.writeText(text);
      written = text;
      timer = clock.setTimeout(() => clearIfOurs('timeout'), clearAfterMs);
      return clock.now() + clearAfterMs;
    },
    release: () => clearIfOurs('quit'),
  };
}
