// The top bar: the search field (/ and Ctrl/Cmd+F focus it, Esc clears it, ↓ moves to the list), "+ Add account", settings and the shortcut help; an empty vault has nothing to search, so no search field (the first-run view points at Add account). Must not import the vault API.
import type { Ref } from 'react';

type Props = {
  /** No account yet: nothing to search. */
  empty: boolean;
  query: string;
  searchRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  /** ↓ or Enter in the search field, or Esc on an empty one: go to the list. */
  onToList(): void;
  onAdd(): void;
  onSettings(): void;
  onHelp(): void;
};

export function TopBar({ empty, query, searchRef, onQuery, onToList, onAdd, onSettings, onHelp }: Props) {
  return (
    <header className="top-bar">
      <h1 className="brand">akool-vault</h1>
      {empty ? (
        <span className="top-bar-spacer" />
      ) : (
        <div className="search" role="search">
          <input
            ref={searchRef}
            type="search"
            aria-label="Search accounts"
            aria-keyshortcuts="/ Control+F Meta+F"
            placeholder="Search label, ID or email"
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                onToList();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                if (query === '') onToList();
                else onQuery('');
              }
            }}
          />
          <kbd className="search-key" aria-hidden="true">
            /
          </kbd>
        </div>
      )}
      <button type="button" className="primary" aria-keyshortcuts="Control+N Meta+N" onClick={onAdd}>
        <span aria-hidden="true">+ </span>Add account
      </button>
      <button type="button" aria-keyshortcuts="Control+, Meta+," onClick={onSettings}>
        Settings
      </button>
      <button type="button" className="icon-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={onHelp}>
        <span aria-hidden="true">?</span>
      </button>
    </header>
  );
}
