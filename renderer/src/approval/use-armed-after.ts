// False for a moment after its caller mounts, then true: allowing buttons wait so a click meant for the request before cannot land on a new one. Must not import the vault API.
import { useEffect, useState } from 'react';

/** How long a newly shown request's allowing buttons stay disabled: longer than a double-click, short enough not to slow a person down. */
export const armDelayMs = 750;

/** Mount it fresh for each request (a `key`); true once `delayMs` has passed since. */
export function useArmedAfter(delayMs: number = armDelayMs): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return armed;
}
