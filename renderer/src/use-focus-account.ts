// Follows focusAccount pushes (a notification click): remembers the requested account until the loaded window reveals it. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useState } from 'react';
import { onFocusAccount } from './api';

export type FocusRequest = { id: string; serial: number };

/**
 * Mount it where it lives before the state loads, so a request made while loading is not lost; the window calls
 * `done` once it has shown the account.
 */
export function useFocusAccount(): { request: FocusRequest | null; done(): void } {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  useEffect(() => onFocusAccount(({ id }) => setRequest((now) => ({ id, serial: (now?.serial ?? 0) + 1 }))), []);
  const done = useCallback(() => setRequest(null), []);
  return { request, done };
}
