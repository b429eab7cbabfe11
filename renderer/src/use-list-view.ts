// The list's view of the vault: search text, filter, sort and the active account, with the accounts shown and the filter counts derived from them. Must not touch window.vault.
import { useCallback, useMemo, useState } from 'react';
import type { AccountView, Settings } from '../../preload/contract';
import { countFilters, triage, type Filter, type FilterCounts, type Sort } from './account-triage';

export type ListView = {
  query: string;
  filter: Filter;
  sort: Sort;
  shown: AccountView[];
  counts: FilterCounts;
  /** The active account among those shown: the one last chosen, else the first. */
  active: AccountView | null;
  setQuery(query: string): void;
  setFilter(filter: Filter): void;
  setSort(sort: Sort): void;
  setActiveId(id: string | null): void;
  /** Clears the search and the filter and makes `id` active, e.g. to reveal an account wherever it is. */
  reveal(id: string): void;
};

export function useListView(accounts: readonly AccountView[], settings: Settings, now: number): ListView {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('attention');
  const [activeId, setActiveId] = useState<string | null>(null);

  const shown = useMemo(
    () => triage(accounts, { query, filter, sort }, settings, now),
    [accounts, query, filter, sort, settings, now],
  );
  const counts = useMemo(() => countFilters(accounts, query, settings, now), [accounts, query, settings, now]);
  const active = shown.find((account) => account.id === activeId) ?? shown[0] ?? null;

  const reveal = useCallback((id: string): void => {
    setQuery('');
    setFilter('all');
    setActiveId(id);
  }, []);

  return { query, filter, sort, shown, counts, active, setQuery, setFilter, setSort, setActiveId, reveal };
}
