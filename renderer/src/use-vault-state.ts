// Loads the vault state once, follows accountsChanged pushes, and applies request results locally. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AccountView, ProtectionView, Settings, VaultState } from '../../preload/contract';
import { getState, onAccountsChanged, type VaultError } from './api';

export type VaultLoad =
  | { phase: 'loading' }
  | { phase: 'failed'; error: VaultError }
  | { phase: 'ready'; state: VaultState };

export type VaultUpdates = {
  putAccount(account: AccountView): void;
  dropAccount(id: string): void;
  putProtection(protection: ProtectionView): void;
  putSettings(settings: Settings): void;
};

const upsert = (accounts: readonly AccountView[], account: AccountView): AccountView[] =>
  accounts.some((known) => known.id === account.id)
    ? accounts.map((known) => (known.id === account.id ? account : known))
    : [...accounts, account];

export function useVaultState(): { load: VaultLoad; retry(): void; updates: VaultUpdates } {
  const [load, setLoad] = useState<VaultLoad>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    let pushed = false;
    const unsubscribe = onAccountsChanged((state) => {
      pushed = true;
      setLoad({ phase: 'ready', state });
    });
    void getState().then((result) => {
      if (!active || pushed) return;
      setLoad(result.ok ? { phase: 'ready', state: result.data } : { phase: 'failed', error: result.error });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [attempt]);

  const edit = useCallback((change: (state: VaultState) => VaultState) => {
    setLoad((current) => (current.phase === 'ready' ? { phase: 'ready', state: change(current.state) } : current));
  }, []);

  const updates = useMemo<VaultUpdates>(
    () => ({
      putAccount: (account) => edit((state) => ({ ...state, accounts: upsert(state.accounts, account) })),
      dropAccount: (id) => edit((state) => ({ ...state, accounts: state.accounts.filter((known) => known.id !== id) })),
      putProtection: (protection) => edit((state) => ({ ...state, protection })),
      putSettings: (settings) => edit((state) => ({ ...state, settings })),
    }),
    [edit],
  );

  const retry = useCallback(() => {
    setLoad({ phase: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { load, retry, updates };
}
