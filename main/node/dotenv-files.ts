// --fix's writes under Node: a `.bak` copy first, then the new text written beside the file and renamed over it (atomic on one volume), mode kept. Must not import electron.
import { randomBytes } from 'node:crypto';
import { copyFile, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { DotenvFiles } from '../core/scan/scan-service';

export function createDotenvFiles(): DotenvFiles {
  return {
    read: (path) => readFile(path, 'utf8'),
    replace: async (path, text) => {
      const backup = `${path}.bak`;
      const { mode } = await stat(path);
      await copyFile(path, backup);
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, text, { mode: mode & 0o777, flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return backup;
    },
  };
}
