// Proves the clock hook re-renders every 30 seconds so relative times tick, and stops on unmount. Must not import electron, node:* or main/.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from '../../../renderer/src/use-now';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

describe('useNow', () => {
  it('advances every 30 seconds, not sooner', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2030-06-15T12:00:00.000Z'));
    const { result } = renderHook(() => useNow());
    const start = result.current;

    act(() => vi.advanceTimersByTime(29_999));
    expect(result.current).toBe(start);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(start + 30_000);
  });

  it('stops its timer on unmount', () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useNow());
    expect(vi.getTimerCount()).toBe(1);

    unmount();

    expect(vi.getTimerCount()).toBe(0);
  });
});
