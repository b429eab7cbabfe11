// Decides which Electron executable `npm start`/`npm run dev` launch, provisioning it first when it is missing. Must not import electron.
import { existsSync } from 'node:fs';
import { locateElectronBinary } from '../../test/support/electron-binary';
import { provisionElectron, type ProvisionOptions } from './provision';
import { cannotStartLine } from './provision-messages';

export type Executable = { ok: true; path: string } | { ok: false; line: string };

/**
 * ELECTRON_EXEC_PATH wins, as in electron-vite's getElectronPath (node_modules/electron-vite/dist/chunks/lib-*.js);
 * otherwise the binary node_modules/electron would use (honouring ELECTRON_OVERRIDE_DIST_PATH, which electron-vite
 * itself ignores). Only a missing binary is provisioned, so only a missing binary can end in the fallback line.
 */
export function resolveExecutable(options: ProvisionOptions): Executable {
  const explicit = options.env['ELECTRON_EXEC_PATH'];
  if (explicit !== undefined && explicit !== '') {
    return existsSync(explicit) ? { ok: true, path: explicit } : { ok: false, line: cannotStartLine(`ELECTRON_EXEC_PATH ${explicit} does not exist`) };
  }
  const existing = locateElectronBinary(options.electronDir, options.env);
  if (existing.found) return { ok: true, path: existing.path };
  const result = provisionElectron(options);
  switch (result.state) {
    case 'present':
    case 'downloaded':
      return { ok: true, path: result.path };
    case 'skipped':
    case 'failed':
      return { ok: false, line: cannotStartLine(result.reason) };
  }
}
