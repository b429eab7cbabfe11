// Loads the vault state once, follows accountsChanged pushes, and applies request results locally. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AccountView, ProtectionView, Settings, VaultState } from '../../preload/contract';
import { getState, onAccountsChanged, takeEarlyState, type VaultError } from './api';

export type VaultLoad =
  | { phase: 'loading' }
  | { phase: 'failed'; error: VaultError }
  | { phase: 'ready'; state: VaultState };

export type VaultUpdates = {
  putAccount(account: AccountView): void;
  dropAccount(id: string): void;
  putProtection(protection: ProtectionView): void;
  putSettings(settings: Settings): void;
  /** The whole state anew, e.g. after the person accepted the vault file. */
  putState(state: VaultState): void;
};

const upsert = (accounts: readonly AccountView[], account: AccountView): AccountView[] =>
  accounts.some((known) => known.id === account.id)
    ? accounts.map((known) => (known.id === account.id ? account : known))
    : [...accounts, account];

export function useVaultState(): { load: VaultLoad; retry(): void; updates: VaultUpdates } {
  // The preload's early answer, when it came before this first render: "Loading accounts…" never shows.
  const [early] = useState(takeEarlyState);
  const [load, setLoad] = useState<VaultLoad>(early === null ? { phase: 'loading' } : { phase: 'ready', state: early });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    let pushed = false;
    const unsubscribe = onAccountsChanged((state) => {
      pushed = true;
      setLoad({ phase: 'ready', state });
    });
    // Already shown from the early answer: pushes keep it current, as they would after getState.
    if (attempt === 0 && early !== null) return unsubscribe;
    void getState().then((result) => {
      if (!active || pushed) return;
      setLoad(result.ok ? { phase: 'ready', state: result.data } : { phase: 'failed', error: result.error });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [attempt, early]);

  const edit = useCallback((change: (state: VaultState) => VaultState) => {
    setLoad((current) => (current.phase === 'ready' ? { phase: 'ready', state: change(current.state) } : current));
  }, []);

  const updates = useMemo<VaultUpdates>(
    () => ({
      putAccount: (account) => edit((state) => ({ ...state, accounts: upsert(state.accounts, account) })),
      dropAccount: (id) => edit((state) => ({ ...state, accounts: state.accounts.filter((known) => known.id !== id) })),
      putProtection: (protection) => edit((state) => ({ ...state, protection })),
      putSettings: (settings) => edit((state) => ({ ...state, settings })),
      putState: (state) => edit(() => state),
    }),
    [edit],
  );

  const retry = useCallback(() => {
    setLoad({ phase: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { load, retry, updates };
}
