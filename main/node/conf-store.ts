// KeyValueStore over a `conf`-compatible instance (conf under Node, electron-store in the app). Must not import electron.
import { mkdirSync, renameSync } from 'node:fs';
import Conf from 'conf';
import type { KeyValueStore } from '../core/ports';

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

/** The vault file `vault.json` in `dataDir` (created 0700), written atomically with mode 0600. */
export function openConfStore(dataDir: string): KeyValueStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const open = (): ConfLike =>
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: 'vault',
      projectName: 'akool-vault',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      watch: false,
    });
  return createConfBackedStore(open, `${dataDir}/vault.json`);
}
