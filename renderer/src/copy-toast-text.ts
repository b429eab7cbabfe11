// The copy toast's words as separate parts ("Token copied", "clears in 30 s", and any notes such as a missing clipboard-history protection), joined with " · ". Must not import React.
import type { CopyFormat } from './api';
import { copiedTexts } from './copy-formats';
import type { ClipboardOutcome } from './use-clipboard-status';

export type ToastFacts = {
  format: CopyFormat;
  outcome: ClipboardOutcome;
  /** Seconds until the automatic clear; null when the clipboard is never cleared automatically. */
  secondsLeft: number | null;
  /** Extra facts about this copy, each its own part, e.g. "copied without clipboard-history protection". */
  notes?: readonly string[];
};

export const separator = ' · ';

/** The parts before the "Clear now" button, in reading order. */
export function toastParts({ format, outcome, secondsLeft, notes = [] }: ToastFacts): string[] {
  if (outcome === 'cleared') return ['Clipboard cleared'];
  if (outcome === 'changed') return ['Clipboard left alone: it changed since the copy'];
  const copied = copiedTexts[format];
  const clears = secondsLeft === null ? 'not cleared automatically' : `clears in ${secondsLeft} s`;
  return [copied, clears, ...notes];
}
