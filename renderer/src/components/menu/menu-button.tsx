// A WAI-ARIA menu button: a button that opens a role="menu" list in the top layer (a popover, placed by placeMenu so every item stays inside the window and over everything); arrows, Home and End move, Enter or Space picks, Escape and Tab close and give focus back to the button. Must not import the vault API.
import {
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { popoversSupported, showPopover } from '../dialog/top-layer';
import { placeMenu } from './place-menu';

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

/** Puts the (fixed-position) menu beside its button, inside the window. */
function place(menu: HTMLElement, button: HTMLElement): void {
  menu.style.maxHeight = '';
  const { left, top, maxHeight } = placeMenu(
    button.getBoundingClientRect(),
    { width: menu.offsetWidth, height: menu.offsetHeight },
    { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  );
  menu.style.left = `${left}px`;
  menu.style.top = `${top}px`;
  menu.style.maxHeight = `${maxHeight}px`;
}

export function MenuButton({ children, label, items, className, buttonRef }: Props) {
  const [open, setOpen] = useState<{ focus: number } | null>(null);
  const isOpen = open !== null;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const entries = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  useImperativeHandle<HTMLButtonElement | null, HTMLButtonElement | null>(buttonRef, () => button.current, []);

  // Opened: into the top layer, placed before it paints; kept beside its button while the window resizes or scrolls.
  useLayoutEffect(() => {
    const list = menu.current;
    const anchor = button.current;
    if (!isOpen || list === null || anchor === null) return undefined;
    showPopover(list);
    place(list, anchor);
    const follow = (): void => place(list, anchor);
    window.addEventListener('resize', follow);
    window.addEventListener('scroll', follow, true);
    return () => {
      window.removeEventListener('resize', follow);
      window.removeEventListener('scroll', follow, true);
    };
  }, [isOpen]);

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
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => setOpen((now) => (now === null ? { focus: 0 } : null))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {isOpen && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu"
          // Manual: opening and closing stay with this component (focus, Escape, Tab), not the browser's light dismiss.
          popover={popoversSupported ? 'manual' : undefined}
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
