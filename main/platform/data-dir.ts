// Reads the AKOOL_VAULT_DATA_DIR override (a separate vault, e.g. for tests). Must not import electron.
import { isAbsolute } from 'node:path';

export const dataDirVariable = 'AKOOL_VAULT_DATA_DIR';

/** The absolute directory to use as userData, or null to keep Electron's default; a relative path is an error. */
export function dataDirOverride(env: Readonly<Record<string, string | undefined>>): string | null {
  const value = env[dataDirVariable];
  if (value === undefined || value === '') return null;
  if (!isAbsolute(value)) throw new Error(`${dataDirVariable} must be an absolute path.`);
  return value;
}
