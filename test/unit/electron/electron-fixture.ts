// Builds stand-in node_modules/electron folders and runs the fake installer for the provisioning and launch tests. Must not import electron.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const fakeInstallerScript = join(import.meta.dirname, 'fixtures', 'fake-installer.mjs');
export const standInElectronScript = join(import.meta.dirname, 'fixtures', 'stand-in-electron.mjs');
export const fakeInstaller: readonly [string, string] = [process.execPath, fakeInstallerScript];

/** An electron package folder pinning 45.4.1, with the binary already extracted when `withBinary`. */
export function makeElectronDir(dir: string, withBinary: boolean): string {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (withBinary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), 'binary');
    writeFileSync(join(dir, 'path.txt'), 'electron');
  }
  return dir;
}

export interface InstallerRun {
  mode: string;
  noProgress: string | null;
}

/** Every run the fake installer logged to `logFile`, oldest first. */
export function installerRuns(logFile: string): InstallerRun[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line): InstallerRun => {
      const parsed: unknown = JSON.parse(line);
      const mode: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'mode') : undefined;
      const noProgress: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'noProgress') : undefined;
      return { mode: String(mode), noProgress: typeof noProgress === 'string' ? noProgress : null };
    });
}
