// Proves the countdown hook counts whole seconds down once per second and keeps no timer once the deadline has passed. Must not import electron, node:* or main/.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msToNextSecond, useSecondsLeft } from '../../../renderer/src/use-seconds-left';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

const start = Date.parse('2030-06-15T12:00:00.000Z');

describe('msToNextSecond', () => {
  it('waits until the rounded-up count drops, a full second on a whole second', () => {
    expect(msToNextSecond(27_400)).toBe(400);
    expect(msToNextSecond(27_000)).toBe(1000);
    expect(msToNextSecond(1)).toBe(1);
  });
});

describe('useSecondsLeft', () => {
  it('rounds up and ticks down once per second', () => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    const { result } = renderHook(() => useSecondsLeft(start + 2_500));

    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(499));
    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(1);
  });

  it('stops at zero and leaves no timer behind', () => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    const { result } = renderHook(() => useSecondsLeft(start + 2_000));
    expect(vi.getTimerCount()).toBe(1);

    act(() => vi.advanceTimersByTime(1_000));
    act(() => vi.advanceTimersByTime(1_000));

    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sets no timer for a deadline already past', () => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    const { result } = renderHook(() => useSecondsLeft(start - 5_000));

    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
