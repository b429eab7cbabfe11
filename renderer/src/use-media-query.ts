// Whether a CSS media query matches, kept current as the window resizes. Must not import the vault API.
import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the window shows one pane: the list, or an account's detail full-width. */
export const onePaneQuery = '(max-width: 759px)';

/** False where the page has no matchMedia (e.g. jsdom in unit tests). */
const matches = (query: string): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matches(query), () => false);
}
