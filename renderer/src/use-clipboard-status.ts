// Remembers the last copy made from this window (which account, which format, when it clears) and how it ended. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useState } from 'react';
import { onClipboardCleared, type CopyFormat } from './api';

/** `pending` until the vault clears the clipboard (`cleared`) or finds it already changed (`changed`). */
export type ClipboardOutcome = 'pending' | 'cleared' | 'changed';

export type ClipboardStatus = {
  accountId: string;
  format: CopyFormat;
  /** ISO instant of the automatic clear, or null when the clipboard is never cleared automatically. */
  clearsAt: string | null;
  /** False when the copy could not ask clipboard history and managers to skip the token. */
  concealed: boolean;
  /** Tells two copies apart, e.g. to restart a countdown. */
  serial: number;
  outcome: ClipboardOutcome;
};

export type ClipboardTracker = {
  clipboard: ClipboardStatus | null;
  markCopied(accountId: string, format: CopyFormat, clearsAt: string | null, concealed: boolean): void;
  markEnded(outcome: Exclude<ClipboardOutcome, 'pending'>): void;
};

export function useClipboardStatus(): ClipboardTracker {
  const [clipboard, setClipboard] = useState<ClipboardStatus | null>(null);

  const markEnded = useCallback((outcome: Exclude<ClipboardOutcome, 'pending'>) => {
    setClipboard((current) => (current === null || current.outcome !== 'pending' ? current : { ...current, outcome }));
  }, []);

  useEffect(() => onClipboardCleared(() => markEnded('cleared')), [markEnded]);

  const markCopied = useCallback((accountId: string, format: CopyFormat, clearsAt: string | null, concealed: boolean) => {
    setClipboard((current) => ({
      accountId,
      format,
      clearsAt,
      concealed,
      serial: (current?.serial ?? 0) + 1,
      outcome: 'pending',
    }));
  }, []);

  return { clipboard, markCopied, markEnded };
}
