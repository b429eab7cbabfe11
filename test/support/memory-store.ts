// An in-memory KeyValueStore whose writes can be made to fail, for storage failure tests.
import type { KeyValueStore } from '../../main/core/ports';

export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  failWrites: boolean;
  writes: number;
} {
  let document = structuredClone(initial);
  const store = {
    path: '/memory/vault.json',
    failWrites: false,
    writes: 0,
    read: () => structuredClone(document),
    write: (next: Record<string, unknown>) => {
      if (store.failWrites) throw new Error('disk full');
      document = structuredClone(next);
      store.writes += 1;
    },
    moveAside: (suffix: string) => `/memory/vault.json.${suffix}`,
  };
  return store;
}
