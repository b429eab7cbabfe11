// `postinstall`: provisions the Electron binary and prints one line; always exits 0 so an offline install still succeeds. Must not import electron.
import { electronDir, installElectronCommand } from './electron-package';
import { provisionElectron } from './provision';
import { postinstallLine } from './provision-messages';

try {
  const result = provisionElectron({ electronDir, installer: installElectronCommand, env: process.env, nodeVersion: process.version });
  process.stdout.write(`${postinstallLine(result)}\n`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stdout.write(`${postinstallLine({ state: 'failed', reason })}\n`);
}
process.exitCode = 0;
