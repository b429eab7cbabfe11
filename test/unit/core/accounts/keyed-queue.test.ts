// Proves per-account ordering and that concurrent identical calls share one run.
import { describe, expect, it } from 'vitest';
import { createKeyedQueue, createSingleFlight } from '../../../../main/core/accounts/keyed-queue';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('keyed queue', () => {
  it('runs tasks of one key one after another, even after a failure', async () => {
    const queue = createKeyedQueue();
    const order: string[] = [];
    const gate = deferred();
    const first = queue('a', async () => {
      order.push('first:start');
      await gate.promise;
      order.push('first:end');
      throw new Error('boom');
    });
    const second = queue('a', async () => {
      order.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(order).toEqual(['first:start']);
    gate.resolve();
    await expect(first).rejects.toThrow('boom');
    expect(await second).toBe(2);
    expect(order).toEqual(['first:start', 'first:end', 'second']);
  });

  it('does not make different keys wait for each other', async () => {
    const queue = createKeyedQueue();
    const gate = deferred();
    const slow = queue('a', () => gate.promise);
    expect(await queue('b', async () => 'b done')).toBe('b done');
    gate.resolve();
    await slow;
  });
});

describe('single flight', () => {
  it('joins 1,000 concurrent calls into one run per key', async () => {
    const flight = createSingleFlight<number>();
    let runs = 0;
    const gate = deferred();
    const task = async () => {
      runs += 1;
      await gate.promise;
      return runs;
    };
    const calls = Array.from({ length: 1000 }, () => flight('a', task));
    gate.resolve();
    expect(new Set(await Promise.all(calls))).toEqual(new Set([1]));
    expect(runs).toBe(1);
    expect(await flight('a', async () => 42)).toBe(42);
  });
});
