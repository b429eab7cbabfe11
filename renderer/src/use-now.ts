// A clock hook that re-renders its caller every interval so relative times tick. Must not import the vault API.
import { useEffect, useState } from 'react';

export const tickMs = 30_000;

export function useNow(intervalMs: number = tickMs): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
