// The account list as one Tab stop: a windowed role="listbox" (@tanstack/react-virtual) whose active option follows the arrow keys via aria-activedescendant. Must not import the vault API.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, type KeyboardEvent, type Ref } from 'react';
import type { AccountView, Settings } from '../../../../preload/contract';
import { AccountRow, rowId } from './account-row';

/** Rows are about this tall at 100 % text size; the virtualizer measures the real height of each. */
export const rowHeightEstimate = 52;

type Props = {
  id: string;
  accounts: readonly AccountView[];
  activeId: string | null;
  policy: Pick<Settings, 'renewWindowDays' | 'checkIntervalMinutes'>;
  now: number;
  label: string;
  ref: Ref<HTMLDivElement>;
  onActivate(id: string): void;
  /** Enter on the active option (`keyboard`) or a click on an option (`pointer`). */
  onOpen(id: string, via: 'keyboard' | 'pointer'): void;
  onCopy(account: AccountView): void;
};

export function AccountListbox({ id, accounts, activeId, policy, now, label, ref, onActivate, onOpen, onCopy }: Props) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const hintId = useId();
  const activeIndex = accounts.findIndex((account) => account.id === activeId);
  // The active option stays mounted wherever the list is scrolled, so aria-activedescendant always names an element.
  const rangeExtractor = useCallback(
    (range: Range): number[] => {
      const shown = defaultRangeExtractor(range);
      return activeIndex < 0 || shown.includes(activeIndex) ? shown : [...shown, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: accounts.length,
    rangeExtractor,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeightEstimate,
    getItemKey: (index) => accounts[index]?.id ?? index,
    overscan: 6,
  });

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const go = (index: number): void => {
    const target = accounts[Math.max(0, Math.min(accounts.length - 1, index))];
    if (target !== undefined) onActivate(target.id);
  };
  const pick = (picked: string): void => onOpen(picked, 'pointer');
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / rowHeightEstimate) - 1);

  const onKeyDown = (event: KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(activeIndex + 1),
      ArrowUp: () => go(activeIndex < 0 ? 0 : activeIndex - 1),
      Home: () => go(0),
      End: () => go(accounts.length - 1),
      PageDown: () => go(activeIndex + page),
      PageUp: () => go(activeIndex - page),
      Enter: () => {
        if (activeId !== null) onOpen(activeId, 'keyboard');
      },
    };
    const action = keys[event.key];
    if (action === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  return (
    <>
      <div
        id={id}
        ref={(node) => {
          scroller.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref !== null && typeof ref === 'object') ref.current = node;
        }}
        role="listbox"
        tabIndex={0}
        aria-label={label}
        aria-describedby={hintId}
        aria-activedescendant={activeIndex >= 0 ? rowId(activeId ?? '') : undefined}
        className="listbox"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0) go(0);
        }}
      >
        <div role="presentation" className="listbox-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const account = accounts[item.index];
            if (account === undefined) return null;
            return (
              <div
                key={item.key}
                role="presentation"
                className="listbox-slot"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <AccountRow
                  account={account}
                  policy={policy}
                  now={now}
                  active={account.id === activeId}
                  position={item.index + 1}
                  total={accounts.length}
                  onPick={pick}
                  onCopy={onCopy}
                />
              </div>
            );
          })}
        </div>
      </div>
      <p id={hintId} hidden>
        Arrow keys move, Enter opens the account, Ctrl+C copies its token.
      </p>
    </>
  );
}
