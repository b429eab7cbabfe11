// The list of account cards, windowed so 1,000 accounts cost about what a screenful does; or the empty state. Must not touch window.vault except through api.ts.
import { memo, useEffect, useRef, useState, type FocusEvent } from 'react';
import type { AccountView } from '../../../preload/contract';
import { onFocusAccount } from '../api';
import { clipboardMessage, type ClipboardStatus } from '../use-clipboard-status';
import { useWindowedList } from '../use-windowed-list';
import type { AccountHandlers } from './account-actions';
import { AccountCard } from './account-card';
import { EmptyState } from './empty-state';

type Props = {
  accounts: readonly AccountView[];
  now: number;
  clipboard: ClipboardStatus | null;
  handlers: AccountHandlers;
};

/** A card re-renders only when its own props change, not when the window of mounted cards or a spacer does. */
const Card = memo(AccountCard);

/** The account id of the list item holding `node`, if any. */
const itemKey = (node: EventTarget | null): string | null =>
  node instanceof Element ? (node.closest<HTMLElement>('li[data-key]')?.dataset['key'] ?? null) : null;

/**
 * Cards far from the viewport are replaced by spacers of their measured height. Two kinds stay mounted wherever they
 * are: the card holding keyboard focus (so focus and an open form survive scrolling), and a card a focusAccount
 * request asks for (so it exists when it is scrolled to and focused).
 */
export function AccountList({ accounts, now, clipboard, handlers }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  useEffect(() => onFocusAccount(({ id }) => setRequested(id)), []);
  const pinned = new Set([focused, requested].filter((key) => key !== null));
  const { segments, measure } = useWindowedList(
    listRef,
    accounts.map((account) => account.id),
    pinned,
  );

  const onFocus = (event: FocusEvent): void => {
    const key = itemKey(event.target);
    setFocused(key);
    if (key !== null && key === requested) setRequested(null);
  };
  const onBlur = (event: FocusEvent): void => {
    if (itemKey(event.relatedTarget) === null) setFocused(null);
  };

  if (accounts.length === 0) return <EmptyState />;
  return (
    <ul className="account-list" ref={listRef} onFocus={onFocus} onBlur={onBlur}>
      {/* One flat array, so a card keeps its key scope (and its DOM node, focus included) as the segments around it change. */}
      {segments.flatMap((segment, position) =>
        segment.kind === 'spacer'
          ? [<li key={`spacer-${position}`} aria-hidden="true" style={{ height: segment.height, overflowAnchor: 'none' }} />]
          : accounts.slice(segment.from, segment.to).map((account, offset) => (
              <li
                key={account.id}
                data-key={account.id}
                ref={measure}
                aria-setsize={accounts.length}
                aria-posinset={segment.from + offset + 1}
              >
                <Card
                  account={account}
                  now={now}
                  clipboardText={clipboard?.accountId === account.id ? clipboardMessage(clipboard) : null}
                  handlers={handlers}
                />
              </li>
            )),
      )}
    </ul>
  );
}
