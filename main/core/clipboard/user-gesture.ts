// Decides whether a copy, an opened guide, or an answer that allows a command-line request or an import follows a person's own input: a key press or click that reached the window (reported by the platform, not the page), spent by one copy. Must not import electron.
import type { Clock } from '../ports';

/** How long a key press or click counts for a copy or an allowing answer; each spends it, so one input allows one of them. */
export const gestureWindowMs = 5_000;

export interface UserGestureGate {
  /** The platform saw a person's input reach the window (Electron's webContents 'input-event'), or a tray/menu click. */
  noteInput(): void;
  /** True when an input was noted within gestureWindowMs and not yet spent; spends it either way. */
  take(): boolean;
}

export function createUserGestureGate(clock: Clock): UserGestureGate {
  let notedAt: number | null = null;
  return {
    noteInput: () => {
      notedAt = clock.now();
    },
    take: () => {
      const fresh = notedAt !== null && clock.now() - notedAt <= gestureWindowMs;
      notedAt = null;
      return fresh;
    },
  };
}
