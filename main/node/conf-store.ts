// KeyValueStore over a `conf`-compatible instance (conf under Node, electron-store in the app). Must not import electron.
import { renameSync } from 'node:fs';
import type { KeyValueStore } from '../core/ports';

/** The vault file's name without `.json`, and its generation marker's (core/vault/generation-guard.ts), side by side in one folder. */
export const vaultFileName = 'vault';
export const markerFileName = 'vault-generation';

/** The part of `conf` (and its subclass electron-store) this adapter relies on. */
export interface ConfLike {
  store: Record<string, unknown>;
}

/**
 * Wraps a conf instance: `open` runs lazily and again after the file was moved aside,
 * because conf reads (and may throw on) the file as soon as it is constructed.
 */
export function createConfBackedStore(open: () => ConfLike, path: string): KeyValueStore {
  let instance: ConfLike | undefined;
  const conf = (): ConfLike => {
    instance ??= open();
    return instance;
  };
  return {
    path,
    read: () => ({ ...conf().store }),
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
