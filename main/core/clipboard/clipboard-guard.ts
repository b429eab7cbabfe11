// Writes a token to the clipboard and clears it later, only while the clipboard still holds that very write. Must not import electron.
import type { Clipboard, Clock, Logger, TimerHandle } from '../ports';

export type ClearReason = 'timeout' | 'quit' | 'manual';

/** A finished copy: when it will be cleared (epoch ms, null for never) and whether clipboard history was asked to skip it. */
export type CopyResult = { clearsAt: number | null; concealed: boolean };

export interface ClipboardGuard {
  /** Copies `text`. A newer copy takes over from an older one only once its own write has completed. */
  copy(text: string): Promise<CopyResult>;
  /** Clears now if the clipboard still holds our newest write; resolves with whether it did. */
  clear(reason: Exclude<ClearReason, 'timeout'>): Promise<boolean>;
}

/** The guard's delay for a clipboard-clear setting in seconds, where 0 means never. */
export const clearDelayMs = (seconds: number): number | null => (seconds === 0 ? null : seconds * 1000);

/** The newest completed write: its sequence number, its text, and the timer that clears only it. */
type OwnedWrite = { sequence: number; text: string; timer: TimerHandle | null };

/**
 * Sequence-based: each copy gets a number; its timer clears only that write. Every clipboard operation (write, and
 * read-compare-clear) runs in one lane, one after another, so none of our writes can land between the read and the
 * clear, and the compare runs in the same turn as the clear is issued. Another program's copy that the OS runs
 * between our read and our clear cannot be excluded: the clipboard has no compare-and-clear.
 */
export function createClipboardGuard(options: {
  clipboard: Clipboard;
  clock: Clock;
  /** Read at each copy, so a settings change applies to the next copy; null means never clear. */
  clearAfterMs: () => number | null;
  onCleared: (reason: ClearReason) => void;
  logger: Logger;
}): ClipboardGuard {
  const { clipboard, clock, onCleared, logger } = options;
  let lastSequence = 0;
  let owned: OwnedWrite | null = null;
  let lane: Promise<unknown> = Promise.resolve();

  const inLane = <T>(step: () => Promise<T>): Promise<T> => {
    const run = lane.then(step);
    lane = run.catch(() => undefined);
    return run;
  };

  /** Gives up the newest write: its timer stops, and no clear will touch the clipboard for it any more. */
  const releaseOwned = (): void => {
    if (owned?.timer) clock.clearTimeout(owned.timer);
    owned = null;
  };

  /** Clears if `sequence` (or, when null, whichever write) is still our newest write and still on the clipboard. */
  const clearIfStillOurs = async (sequence: number | null, reason: ClearReason): Promise<boolean> => {
    const write = owned;
    if (write === null || (sequence !== null && write.sequence !== sequence)) return false;
    const current = await clipboard.readText();
    releaseOwned();
    if (current !== write.text) return false;
    await clipboard.clear();
    onCleared(reason);
    return true;
  };

  const onTimeout = (sequence: number) => (): void => {
    inLane(() => clearIfStillOurs(sequence, 'timeout')).catch((error: unknown) => {
      logger.warn('clearing the clipboard failed', { error: error instanceof Error ? error.name : typeof error });
    });
  };

  return {
    copy: (text) => {
      lastSequence += 1;
      const sequence = lastSequence;
      return inLane(async () => {
        // Should the write fail, the older write keeps its timer: its token must still be cleared.
        const { concealed } = await clipboard.writeText(text);
        releaseOwned();
        const delay = options.clearAfterMs();
        owned = { sequence, text, timer: delay === null ? null : clock.setTimeout(onTimeout(sequence), delay) };
        if (!concealed) logger.warn('token copied without clipboard-history protection');
        return { clearsAt: delay === null ? null : clock.now() + delay, concealed };
      });
    },
    clear: (reason) => inLane(() => clearIfStillOurs(null, reason)),
  };
}
