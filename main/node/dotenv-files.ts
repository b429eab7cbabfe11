// --fix's writes under Node: a new `.bak` beside the file first (never over anything already there, owner-only), then the new text written beside the file and renamed over it (atomic on one volume), mode kept. Must not import electron.
import { randomBytes } from 'node:crypto';
import { lstat, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { DotenvFiles } from '../core/scan/scan-service';

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );

export function createDotenvFiles(): DotenvFiles {
  return {
    read: (path) => readFile(path, 'utf8'),
    replace: async (path, text) => {
      const backup = `${path}.bak`;
      // Anything at the backup's name (a link to public/leak.txt, an older backup) is left alone and the file is not fixed.
      if (await exists(backup)) return { ok: false, reason: `${backup} already exists; move it away and run --fix again` };
      const { mode } = await stat(path);
      // O_CREAT|O_EXCL ('wx') refuses a link that appears meanwhile; 0600 because the backup holds the values in plain text.
      await writeFile(backup, await readFile(path), { mode: 0o600, flag: 'wx' });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, text, { mode: mode & 0o777, flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { ok: true, backup };
    },
  };
}
