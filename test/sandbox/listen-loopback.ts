// Binds an HTTP server to 127.0.0.1 and resolves with its port, for the sandbox, the harness and the test servers. Must not import main/.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on 127.0.0.1 only, on `port` (0: any free port); rejects if the bind fails. */
export async function listenOnLoopback(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server did not bind a TCP port.');
  return address.port;
}
