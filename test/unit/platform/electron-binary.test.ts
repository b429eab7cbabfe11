// Proves the e2e test finds the Electron binary exactly where electron's index.js would, so it never skips by mistake.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateElectronBinary } from '../../support/electron-binary';
import { makeTempDir } from '../../support/temp-dir';

let dir: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

function placeBinary(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
}

describe('locateElectronBinary', () => {
  it('reports a never-downloaded binary when path.txt is missing', () => {
    expect(locateElectronBinary(dir.path, {})).toEqual({
      found: false,
      reason: 'node_modules/electron/path.txt is missing, the binary was never downloaded',
    });
  });

  it('reports the missing file when path.txt names one that is not there', () => {
    writeFileSync(join(dir.path, 'path.txt'), 'electron');
    const result = locateElectronBinary(dir.path, {});
    expect(result).toEqual({ found: false, reason: `${join(dir.path, 'dist', 'electron')} does not exist` });
  });

  it('finds dist/<path.txt>', () => {
    writeFileSync(join(dir.path, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    const binary = join(dir.path, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron');
    placeBinary(binary);
    expect(locateElectronBinary(dir.path, {})).toEqual({ found: true, path: binary });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with or without path.txt', () => {
    const override = join(dir.path, 'custom');
    placeBinary(join(override, 'electron'));
    expect(locateElectronBinary(dir.path, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: join(override, 'electron'),
    });
    writeFileSync(join(dir.path, 'path.txt'), 'electron.exe');
    expect(locateElectronBinary(dir.path, { ELECTRON_OVERRIDE_DIST_PATH: override }).found).toBe(false);
  });
});
