// Copies an account's token through the vault, asking first for a banned or rejected account (focus goes back where it was after the answer), and records the copy or its failure for the toast. Must not touch window.vault except through api.ts.
import { useCallback, useRef, useState } from 'react';
import type { AccountView } from '../../preload/contract';
import { copyToken, type CopyFormat, type VaultError } from './api';
import type { ClipboardTracker } from './use-clipboard-status';

/** A failed copy; `serial` tells two failures with the same error apart. */
export type CopyFailure = { error: VaultError; serial: number };

export type CopyQuestion = { account: AccountView; format: CopyFormat; answer(copy: boolean): void };

/** True for the statuses whose token Akool will refuse, so a copy is confirmed first. */
export const copyNeedsConfirmation = (account: AccountView): boolean =>
  account.status === 'banned' || account.status === 'invalid';

/** `fallbackFocus` is used when what had focus before the question is gone after it. */
export function useCopy(
  markCopied: ClipboardTracker['markCopied'],
  fallbackFocus: () => HTMLElement | null,
): {
  copy(account: AccountView, format: CopyFormat): Promise<void>;
  question: CopyQuestion | null;
  failure: CopyFailure | null;
} {
  const [question, setQuestion] = useState<CopyQuestion | null>(null);
  const [failure, setFailure] = useState<CopyFailure | null>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  const copy = useCallback(
    async (account: AccountView, format: CopyFormat): Promise<void> => {
      if (copyNeedsConfirmation(account)) {
        const askedFrom = document.activeElement;
        const confirmed = await new Promise<boolean>((answer) => setQuestion({ account, format, answer }));
        setQuestion(null);
        requestAnimationFrame(() =>
          (askedFrom instanceof HTMLElement && askedFrom.isConnected ? askedFrom : fallback.current())?.focus(),
        );
        if (!confirmed) return;
      }
      const result = await copyToken(account.id, format);
      setFailure((last) => (result.ok ? null : { error: result.error, serial: (last?.serial ?? 0) + 1 }));
      if (result.ok) markCopied(account.id, format, result.data.clearsAt, result.data.concealed);
    },
    [markCopied],
  );

  return { copy, question, failure };
}
