// Binds the proxy's server to 127.0.0.1 on a free port chosen by the system, and resolves with that port. Must not import electron.
import type { Server } from 'node:http';

export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy did not bind a TCP port.');
  return address.port;
}
