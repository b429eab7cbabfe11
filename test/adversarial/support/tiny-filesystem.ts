// A real, tiny tmpfs for full-disk and read-only tests, where the machine lets us mount one (root with CAP_SYS_ADMIN); null elsewhere. Must not import main/.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyFilesystem {
  path: string;
  /** Fills every free byte with a filler file; returns its path. */
  fill(): string;
  readOnly(readOnly: boolean): void;
  unmount(): void;
}

/** Mounts a 512 KiB tmpfs; returns null with no side effect when mounting is not allowed here. */
export function mountTinyFilesystem(): TinyFilesystem | null {
  const path = mkdtempSync(join(tmpdir(), 'akool-vault-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  return {
    path,
    fill: () => {
      const filler = join(path, 'filler');
      const fd = openSync(filler, 'w');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch {
        for (;;) {
          try {
            writeSync(fd, Buffer.alloc(1, 1));
          } catch {
            break;
          }
        }
      } finally {
        closeSync(fd);
      }
      return filler;
    },
    readOnly: (readOnly) => execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, path], { stdio: 'ignore' }),
    unmount: () => {
      execFileSync('umount', [path], { stdio: 'ignore' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}

