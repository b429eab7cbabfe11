// Finds the git executable from PATH alone, never the current folder (Windows' search order would run a scanned folder's git.exe). Must not import electron.
import { accessSync, constants, statSync } from 'node:fs';
import nodePath from 'node:path';

type PathModule = Pick<typeof nodePath, 'isAbsolute' | 'join' | 'delimiter'>;

export interface GitPathHost {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** path.posix or path.win32: the search follows the target OS's rules on any OS (tests use both). */
  path: PathModule;
  /** True for an existing regular file this user may run. */
  isExecutable: (file: string) => boolean;
}

/** Windows names environment variables without regard to case (`Path`, `PATH`). */
function variable(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

/**
 * The first `git` in PATH's absolute folders. Relative and empty entries (which mean the current folder) are skipped.
 * On Windows each PATHEXT extension is tried, keeping only .EXE and .COM: spawn without a shell cannot start a .bat or .cmd.
 */
export function findGit(host: GitPathHost): string | null {
  const folders = (variable(host.env, 'PATH', host.platform) ?? '').split(host.path.delimiter).filter((folder) => folder !== '' && host.path.isAbsolute(folder));
  const names =
    host.platform === 'win32'
      ? (variable(host.env, 'PATHEXT', host.platform) ?? '.COM;.EXE')
          .split(';')
          .map((extension) => extension.trim().toLowerCase())
          .filter((extension) => extension === '.exe' || extension === '.com')
          .map((extension) => `git${extension}`)
      : ['git'];
  for (const folder of folders) {
    for (const name of names) {
      const candidate = host.path.join(folder, name);
      if (host.isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** git on this machine, from PATH. */
export const findSystemGit = (): string | null =>
  findGit({ env: process.env, platform: process.platform, path: process.platform === 'win32' ? nodePath.win32 : nodePath.posix, isExecutable: isExecutableFile });
