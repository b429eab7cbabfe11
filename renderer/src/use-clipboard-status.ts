// Remembers which account's token was copied and whether the clipboard was cleared since. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useState } from 'react';
import { onClipboardCleared } from './api';
import { formatClockTime } from './format';

export type ClipboardStatus = { accountId: string; clearsAt: string | null; cleared: boolean };

export function clipboardMessage(status: ClipboardStatus): string {
  if (status.cleared) return 'Clipboard cleared';
  if (status.clearsAt === null) return 'Token copied — clipboard is not cleared automatically';
  return `Token copied — clipboard clears at ${formatClockTime(status.clearsAt)}`;
}

export function useClipboardStatus(): {
  clipboard: ClipboardStatus | null;
  markCopied(accountId: string, clearsAt: string | null): void;
} {
  const [clipboard, setClipboard] = useState<ClipboardStatus | null>(null);

  useEffect(
    () => onClipboardCleared(() => setClipboard((current) => (current === null ? null : { ...current, cleared: true }))),
    [],
  );

  const markCopied = useCallback((accountId: string, clearsAt: string | null) => {
    setClipboard({ accountId, clearsAt, cleared: false });
  }, []);

  return { clipboard, markCopied };
}
