// Keeps keyboard focus inside a modal dialog (WAI-ARIA dialog pattern): first focus on open, Tab wraps, Esc closes, focus that escapes is pulled back. Must not import the vault API.
import { useEffect, useRef, type RefObject } from 'react';
import { tabbables } from './tabbable';

type Options = {
  /** Called on Escape; the key goes no further, so shortcuts outside the dialog don't also act on it. */
  onEscape(): void;
  /** What to focus on open; by default the first Tab stop, else the container itself (give it tabIndex -1). */
  initialFocus?: RefObject<HTMLElement | null>;
};

export function useFocusTrap(container: RefObject<HTMLElement | null>, { onEscape, initialFocus }: Options): void {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const firstFocus = useRef(initialFocus);

  useEffect(() => {
    const root = container.current;
    if (root === null) return undefined;
    const focusFirst = (): void => (firstFocus.current?.current ?? tabbables(root)[0] ?? root).focus();
    focusFirst();

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        escape.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = tabbables(root);
      const first = stops[0];
      const last = stops.at(-1);
      if (first === undefined || last === undefined) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === root)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof Node && !root.contains(event.target)) focusFirst();
    };
    root.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [container]);
}
