// Serves the CLI channel: listens on the endpoint, writes the connection file with a fresh key, and hands each connection to a session. Must not import electron.
import { rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { posix, win32 } from 'node:path';
import { randomToken } from '../../../cli/channel/proof';
import type { CliService } from '../../core/cli-grants/cli-service';
import type { Logger } from '../../core/ports';
import { removeConnectionFile, writeConnectionFile } from './connection-file';
import { serveCliConnection } from './cli-session';
import { ensurePrivateDir } from './private-dir';
import { endpointFor } from './socket-path';

/** More simultaneous connections than this are closed at once. */
export const maxCliConnections = 64;

export interface CliServerOptions {
  readonly dataDir: string;
  readonly service: CliService;
  readonly logger: Logger;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface CliServer {
  readonly endpoint: string;
  /** Stops listening, ends every connection (their runs end as disconnected) and removes the connection file. */
  close(): Promise<void>;
}

export async function startCliServer(options: CliServerOptions): Promise<CliServer> {
  const env = options.env ?? process.env;
  const endpoint = endpointFor(
    { platform: process.platform, dataDir: options.dataDir, runtimeDir: env['XDG_RUNTIME_DIR'], tmpDir: tmpdir() },
    { posix, win32 },
  );
  if (endpoint.kind === 'socket') {
    ensurePrivateDir(endpoint.dir, process.getuid?.() ?? -1);
    rmSync(endpoint.path, { force: true });
  }
  const key = randomToken();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    if (sockets.size >= maxCliConnections) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    void serveCliConnection(socket, { key, service: options.service, logger: options.logger }).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(endpoint.path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  writeConnectionFile(options.dataDir, endpoint.path, key);
  options.logger.info('cli channel listening');
  let closing: Promise<void> | null = null;
  return {
    endpoint: endpoint.path,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        removeConnectionFile(options.dataDir);
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      })),
  };
}
