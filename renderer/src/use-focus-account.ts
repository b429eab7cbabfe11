// Follows focusAccount pushes: scrolls the account's card into view and focuses it, once that card is on the page. Must not touch window.vault except through api.ts.
import { useEffect, useState } from 'react';
import type { AccountView } from '../../preload/contract';
import { onFocusAccount } from './api';

/** The DOM id of an account's card; account-card.tsx gives its article this id and tabIndex -1. */
export const accountCardId = (accountId: string): string => `account-${accountId}`;

/**
 * A request for an account not on the page yet waits until it appears, so call this where it is mounted before the
 * state loads; `accounts` (null while loading) only tells it when to look again.
 */
export function useFocusAccount(accounts: readonly AccountView[] | null): void {
  const [wanted, setWanted] = useState<{ id: string } | null>(null);

  useEffect(() => onFocusAccount(({ id }) => setWanted({ id })), []);

  useEffect(() => {
    if (wanted === null) return;
    const card = document.getElementById(accountCardId(wanted.id));
    if (card === null) return;
    card.scrollIntoView({ block: 'center' });
    card.focus({ preventScroll: true });
    setWanted(null);
  }, [wanted, accounts]);
}
