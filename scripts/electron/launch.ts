// `npm start` / `npm run dev`: `tsx scripts/electron/launch.ts preview|dev [electron-vite args]`; exits with the app's code. Must not import electron.
import { resolve } from 'node:path';
import { electronDir, electronViteCli, installElectronCommand } from './electron-package';
import { launchApp } from './launch-app';
import { withoutUrlCredentials } from './url-credentials';

const [command, ...args] = process.argv.slice(2);
if (command !== 'preview' && command !== 'dev') {
  process.stderr.write('usage: tsx scripts/electron/launch.ts preview|dev [electron-vite options]\n');
  process.exit(2);
}

process.exitCode = await launchApp({
  command,
  args,
  cwd: resolve(import.meta.dirname, '../..'),
  electronDir,
  installer: installElectronCommand,
  env: process.env,
  nodeVersion: process.version,
  electronViteCli,
  report: (line) => process.stderr.write(`${withoutUrlCredentials(line)}\n`),
});
