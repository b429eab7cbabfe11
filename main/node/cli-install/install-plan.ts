// Decides where "Install command-line tool" puts `akool-vault` on each OS so a terminal finds it on PATH. Pure: paths and the environment come in. Must not import electron.
import type { PlatformPath } from 'node:path';

export interface InstallPlace {
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether this process may write into `dir` (for macOS's /usr/local/bin). */
  readonly canWrite: (dir: string) => boolean;
}

export interface InstallPlan {
  /** Where the single-file CLI is copied (0755): a stable place outside the app, which an AppImage's mount is not. */
  readonly script: string;
  /** On Windows, a `.cmd` shim in a folder already on the user's PATH that runs the script with Node. */
  readonly shim: { readonly path: string; readonly content: string } | null;
  /** The folder a terminal must have on PATH. */
  readonly binDir: string;
  readonly onPath: boolean;
}

function pathHas(value: string | undefined, dir: string, path: PlatformPath, caseless: boolean): boolean {
  const norm = (entry: string): string => {
    const resolved = path.resolve(entry);
    return caseless ? resolved.toLowerCase() : resolved;
  };
  return (value ?? '').split(path.delimiter).some((entry) => entry !== '' && norm(entry) === norm(dir));
}

/**
 * Linux: `~/.local/bin` (the XDG user executable folder). macOS: `/usr/local/bin` when writable without asking, else
 * `~/.local/bin`. Windows: the script under `%LOCALAPPDATA%\akool-vault\bin` and a shim in
 * `%LOCALAPPDATA%\Microsoft\WindowsApps`, which Windows 10 and later put on every user's PATH.
 */
export function planInstall(place: InstallPlace, paths: { posix: PlatformPath; win32: PlatformPath }): InstallPlan {
  if (place.platform === 'win32') {
    const { join } = paths.win32;
    const local = place.env['LOCALAPPDATA'] ?? join(place.homedir, 'AppData', 'Local');
    const script = join(local, 'akool-vault', 'bin', 'akool-vault.mjs');
    const binDir = join(local, 'Microsoft', 'WindowsApps');
    return {
      script,
      shim: { path: join(binDir, 'akool-vault.cmd'), content: `@node "${script}" %*\r\n` },
      binDir,
      onPath: pathHas(place.env['PATH'] ?? place.env['Path'], binDir, paths.win32, true),
    };
  }
  const { join } = paths.posix;
  const userBin = join(place.homedir, '.local', 'bin');
  const binDir = place.platform === 'darwin' && place.canWrite('/usr/local/bin') ? '/usr/local/bin' : userBin;
  return { script: join(binDir, 'akool-vault'), shim: null, binDir, onPath: pathHas(place.env['PATH'], binDir, paths.posix, false) };
}
