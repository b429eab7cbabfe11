// First step of `npm run dist`: stops with a clear message when this machine has no Electron binary to package. Must not import electron.
import { fileURLToPath } from 'node:url';
import { locateElectronBinary } from '../../test/support/electron-binary';

const binary = locateElectronBinary(fileURLToPath(new URL('../../node_modules/electron', import.meta.url)), process.env);

if (!binary.found) {
  process.stderr.write(
    `dist needs the Electron binary, which this machine cannot download: ${binary.reason}.\n` +
      'electron-builder packages that same Electron release, so run `npm run dist` on a machine where `npm install` can fetch it.\n',
  );
  process.exit(1);
}
process.stdout.write(`Electron binary found: ${binary.path}\n`);
