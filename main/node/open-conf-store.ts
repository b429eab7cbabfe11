// Opens the vault file with plain `conf`, for Node (harness and tests); the app uses electron-store instead. Must not import electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import type { KeyValueStore } from '../core/ports';
import { createConfBackedStore, vaultFileName, type ConfLike } from './conf-store';

/** The file `<name>.json` in `dataDir` (created 0700), written atomically (fsync, rename) with mode 0600: the vault file unless named. */
export function openConfStore(dataDir: string, name = vaultFileName): KeyValueStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const open = (): ConfLike =>
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: name,
      projectName: 'akool-vault',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      watch: false,
    });
  return createConfBackedStore(open, join(dataDir, `${name}.json`));
}
