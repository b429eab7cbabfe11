// Reads the AKOOL_VAULT_DATA_DIR override (a separate vault, e.g. for tests), honoured only in unpackaged builds. Must not import electron.
import { isAbsolute } from 'node:path';
import { StartupRefusal } from './startup-failure';

export const dataDirVariable = 'AKOOL_VAULT_DATA_DIR';

/** `use`: the absolute directory to use as userData; `ignored`: set, but this is a packaged app, which never moves its vault. */
export type DataDirChoice = { kind: 'default' } | { kind: 'use'; dir: string } | { kind: 'ignored' };

/**
 * A packaged app ignores the variable: another program running as the user could otherwise point the app at a vault
 * it prepared (issue 9 §3). Unpackaged (npm start, the e2e suite), an absolute path is used and a relative one is an error.
 */
export function dataDirOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): DataDirChoice {
  const value = env[dataDirVariable];
  if (value === undefined || value === '') return { kind: 'default' };
  if (isPackaged) return { kind: 'ignored' };
  if (!isAbsolute(value)) throw new StartupRefusal(`${dataDirVariable} must be an absolute path.`);
  return { kind: 'use', dir: value };
}
