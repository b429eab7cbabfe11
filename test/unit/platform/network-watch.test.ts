// Proves the network watch reports each offline → online transition once, nothing while the state holds, and stops when asked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNetwork } from '../../../main/platform/network-watch';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchNetwork', () => {
  it('calls back once per return of the network', () => {
    vi.useFakeTimers();
    let online = true;
    let back = 0;
    watchNetwork({ isOnline: () => online, onBackOnline: () => (back += 1), intervalMs: 1000 });

    vi.advanceTimersByTime(3000);
    expect(back).toBe(0);
    online = false;
    vi.advanceTimersByTime(2000);
    expect(back).toBe(0);
    online = true;
    vi.advanceTimersByTime(1000);
    expect(back).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(back).toBe(1);
  });

  it('counts a start while offline as offline', () => {
    vi.useFakeTimers();
    let online = false;
    let back = 0;
    watchNetwork({ isOnline: () => online, onBackOnline: () => (back += 1), intervalMs: 1000 });

    online = true;
    vi.advanceTimersByTime(1000);

    expect(back).toBe(1);
  });

  it('stops reading once stopped', () => {
    vi.useFakeTimers();
    let reads = 0;
    const stop = watchNetwork({ isOnline: () => (reads += 1) > 0, onBackOnline: () => undefined, intervalMs: 1000 });

    stop();
    vi.advanceTimersByTime(10_000);

    expect(reads).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
