// State main pushes on every change (the command approvals, the scan imports waiting): loaded once, then kept from its event, which wins over a load answered after it. Must not import electron or node:*.
import { useEffect, useState } from 'react';
import type { Result } from './api';

/** `load` and `subscribe` must be stable (module-level functions); null until the first answer or push. */
export function usePushedState<T>(load: () => Promise<Result<T>>, subscribe: (listener: (value: T) => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let pushed = false;
    const stop = subscribe((next) => {
      pushed = true;
      setValue(next);
    });
    void load().then((result) => {
      if (result.ok && !pushed) setValue(result.data);
    });
    return stop;
  }, [load, subscribe]);
  return value;
}
