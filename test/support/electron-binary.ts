// Finds the Electron executable the way node_modules/electron/index.js does, without ever starting its download. Must not import electron.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

const check = (path: string): ElectronBinary =>
  existsSync(path) ? { found: true, path } : { found: false, reason: `${path} does not exist` };

/** `electronDir` is node_modules/electron; ELECTRON_OVERRIDE_DIST_PATH is honoured as electron's index.js does. */
export function locateElectronBinary(electronDir: string, env: Readonly<Record<string, string | undefined>>): ElectronBinary {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') return check(join(override, relative ?? 'electron'));
  if (relative === null) return { found: false, reason: 'node_modules/electron/path.txt is missing, the binary was never downloaded' };
  return check(join(electronDir, 'dist', relative));
}
