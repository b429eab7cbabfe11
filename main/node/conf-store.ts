// KeyValueStore over a `conf`-compatible instance (conf under Node, electron-store in the app) that writes; reads parse the file once. Must not import electron.
import { readFileSync, renameSync } from 'node:fs';
import type { KeyValueStore } from '../core/ports';

/** The vault file's name without `.json`, and its generation marker's (core/vault/generation-guard.ts), side by side in one folder. */
export const vaultFileName = 'vault';
export const markerFileName = 'vault-generation';

/** The part of `conf` (and its subclass electron-store) this adapter relies on. */
export interface ConfLike {
  store: Record<string, unknown>;
}

/** The file as conf's `store` getter reads it (JSON, `{}` while there is none), without conf: it parses in its constructor and on every `store` read. */
function readJsonFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError(`${path} does not hold a JSON object.`);
  return { ...parsed };
}

/**
 * Wraps a conf instance for writing (atomic, mode 0600): `open` runs lazily, at the first write, and again after the file
 * was moved aside, because conf reads (and may throw on) the file as soon as it is constructed. Reading the file at
 * start goes around conf, which would parse it twice (constructor and `store`); 1,000 accounts make that ~2 MB.
 */
export function createConfBackedStore(open: () => ConfLike, path: string): KeyValueStore {
  let instance: ConfLike | undefined;
  const conf = (): ConfLike => {
    instance ??= open();
    return instance;
  };
  return {
    path,
    read: () => readJsonFile(path),
    write: (document) => {
      conf().store = document;
    },
    moveAside: (suffix) => {
      const target = `${path}.${suffix}`;
      renameSync(path, target);
      instance = undefined;
      return target;
    },
  };
}
