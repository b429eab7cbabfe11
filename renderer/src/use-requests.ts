// Runs vault requests for one part of the UI: which actions are pending, and the last error. Must not import window.vault directly.
import { useCallback, useState } from 'react';
import type { Result, VaultError } from './api';

export type Requests<Action extends string> = {
  isPending(action: Action): boolean;
  error: VaultError | null;
  run<T>(action: Action, request: () => Promise<Result<T>>): Promise<Result<T>>;
};

export function useRequests<Action extends string>(): Requests<Action> {
  const [pending, setPending] = useState<readonly Action[]>([]);
  const [error, setError] = useState<VaultError | null>(null);

  const run = useCallback(async <T>(action: Action, request: () => Promise<Result<T>>): Promise<Result<T>> => {
    setPending((current) => [...current, action]);
    setError(null);
    const result = await request();
    setPending((current) => current.filter((running) => running !== action));
    if (!result.ok) setError(result.error);
    return result;
  }, []);

  return { isPending: (action) => pending.includes(action), error, run };
}
