// Moves focus once React has committed the update that asked for it, so the element found is the one that update renders. Must not touch window.vault.
import { useCallback, useEffect, useRef, useState } from 'react';

export type FindFocusTarget = () => HTMLElement | null;

/**
 * Returns `focusAfterRender(find)`: call it next to the state changes that show the target. Its own state change is
 * batched with theirs, so the effect below runs after the commit that rendered them and `find` sees the new DOM.
 * A requestAnimationFrame callback has no such order: a frame can come before React renders an update made outside a
 * discrete event (an IPC push, an awaited reply), and focus then lands on the element about to be replaced.
 */
export function useFocusAfterRender(): (find: FindFocusTarget) => void {
  const pending = useRef<FindFocusTarget | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const find = pending.current;
    pending.current = null;
    find?.()?.focus();
  }, [request]);
  return useCallback((find: FindFocusTarget) => {
    pending.current = find;
    setRequest((count) => count + 1);
  }, []);
}
