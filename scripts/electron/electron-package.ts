// Where the installed electron and electron-vite packages live, and the command that runs Electron's own installer. Must not import electron.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** node_modules/electron, found the way Node would (without loading electron's index.js, which downloads). */
export const electronDir = dirname(require.resolve('electron/package.json'));

/** Electron's `install-electron` bin (package.json "bin"), run with this Node so it works on every platform. */
export const installElectronCommand: readonly [string, ...string[]] = [process.execPath, join(electronDir, 'install.js')];

/** electron-vite's CLI script, run with this Node rather than through a shell shim. */
export const electronViteCli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
