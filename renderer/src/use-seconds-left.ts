// Whole seconds until a deadline, re-rendering once per second and only until the deadline passes. Must not import the vault API.
import { useEffect, useState } from 'react';

/** Milliseconds until the rounded-up count of seconds left next drops by one. */
export const msToNextSecond = (left: number): number => left % 1000 || 1000;

/** Seconds left until `deadline` (epoch ms), rounded up, never below 0. Mount it fresh for each deadline. */
export function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = deadline - now;
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), msToNextSecond(left));
    return () => clearTimeout(timer);
  }, [left]);
  return Math.max(0, Math.ceil(left / 1000));
}
