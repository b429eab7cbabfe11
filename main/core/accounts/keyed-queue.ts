// Per-key ordering: one operation at a time per account, and identical concurrent calls sharing one run. Must not import electron.

/** Runs `task` after every earlier task queued under `key` has settled. */
export type KeyedQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

/** A call while one for the same key is still running joins it instead of starting another. */
export type SingleFlight<T> = (key: string, task: () => Promise<T>) => Promise<T>;

export function createSingleFlight<T>(): SingleFlight<T> {
  const running = new Map<string, Promise<T>>();
  return (key, task) => {
    const pending = running.get(key);
    if (pending !== undefined) return pending;
    const result = task().finally(() => running.delete(key));
    running.set(key, result);
    return result;
  };
}
