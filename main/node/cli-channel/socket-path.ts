// Where the app listens for the CLI: a Unix socket in a private directory (within macOS's 104-byte limit) or a Windows named pipe. Must not import electron.
import { createHash } from 'node:crypto';
import type { PlatformPath } from 'node:path';

/** sockaddr_un.sun_path is 104 bytes on macOS (108 on Linux), NUL included. */
export const maxSocketPathBytes = 103;

export interface EndpointPlace {
  readonly platform: NodeJS.Platform;
  /** The app's data directory (absolute). */
  readonly dataDir: string;
  /** $XDG_RUNTIME_DIR when set and absolute. */
  readonly runtimeDir: string | undefined;
  /** os.tmpdir(): per user on macOS, shared on Linux (the directory is then checked to be ours and private). */
  readonly tmpDir: string;
}

export type Endpoint = { kind: 'pipe'; path: string } | { kind: 'socket'; dir: string; path: string };

/** Tells apart the apps of different data directories (the harness in parallel tests, a second unpackaged vault). */
const placeTag = (dataDir: string): string => createHash('sha256').update(dataDir).digest('hex').slice(0, 16);

/**
 * Windows: `\\.\pipe\akool-vault-<tag>`. Elsewhere the first of `$XDG_RUNTIME_DIR/akool-vault-<tag>/cli.sock`,
 * `<dataDir>/run/cli.sock` and `<tmpdir>/akool-vault-<tag>/cli.sock` that fits in `maxSocketPathBytes`.
 */
export function endpointFor(place: EndpointPlace, paths: { posix: PlatformPath; win32: PlatformPath }): Endpoint {
  if (place.platform === 'win32') {
    const dataDir = paths.win32.resolve(place.dataDir).toLowerCase();
    return { kind: 'pipe', path: `\\\\.\\pipe\\akool-vault-${placeTag(dataDir)}` };
  }
  const { join, resolve, isAbsolute } = paths.posix;
  const dataDir = resolve(place.dataDir);
  const tag = placeTag(dataDir);
  const dirs = [
    ...(place.runtimeDir !== undefined && isAbsolute(place.runtimeDir) ? [join(place.runtimeDir, `akool-vault-${tag}`)] : []),
    join(dataDir, 'run'),
    join(resolve(place.tmpDir), `akool-vault-${tag}`),
  ];
  for (const dir of dirs) {
    const path = join(dir, 'cli.sock');
    if (Buffer.byteLength(path) <= maxSocketPathBytes) return { kind: 'socket', dir, path };
  }
  throw new Error(`No place for the command-line socket fits in ${maxSocketPathBytes} bytes; set a shorter TMPDIR.`);
}
