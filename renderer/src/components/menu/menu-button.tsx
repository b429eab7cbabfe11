// A WAI-ARIA menu button: a button that opens a role="menu" list; arrows, Home and End move, Enter or Space picks, Escape and Tab close and give focus back to the button. Must not import the vault API.
import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

export type MenuItem = { key: string; label: string; onSelect(): void; danger?: boolean };

type Props = {
  /** What the button shows, e.g. "⋯" or "▾". */
  children: ReactNode;
  /** The button's accessible name, e.g. "More actions for Main". */
  label: string;
  items: readonly MenuItem[];
  className?: string;
  /** The menu button itself, e.g. to give focus back to it after a picked item's panel closes. */
  buttonRef?: Ref<HTMLButtonElement | null>;
};

export function MenuButton({ children, label, items, className, buttonRef }: Props) {
  const [open, setOpen] = useState<{ focus: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  useImperativeHandle<HTMLButtonElement | null, HTMLButtonElement | null>(buttonRef, () => button.current, []);

  useEffect(() => {
    if (open !== null) entries.current[open.focus]?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(null);
    button.current?.focus();
  };
  const move = (index: number): void => setOpen({ focus: (index + items.length) % items.length });
  const current = (): number => entries.current.findIndex((entry) => entry === document.activeElement);

  const onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen({ focus: event.key === 'ArrowDown' ? 0 : items.length - 1 });
    }
  };

  const onMenuKey = (event: KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current() + 1),
      ArrowUp: () => move(current() - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Escape: close,
      Tab: close,
    };
    const action = keys[event.key];
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <div className={`menu-anchor ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open === null ? undefined : menuId}
        onClick={() => setOpen((now) => (now === null ? { focus: 0 } : null))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open !== null && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            const next = event.relatedTarget;
            if (!(next instanceof Node) || (!event.currentTarget.contains(next) && next !== button.current)) setOpen(null);
          }}
        >
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(entry) => {
                entries.current[index] = entry;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.danger === true ? 'danger' : undefined}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
