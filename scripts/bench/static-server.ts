// Serves a built page from a directory on 127.0.0.1 with the harness's no-store caching, for the floor page. Must not import app code.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeFor, resolveStaticPath } from '../../test/harness/static-files';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDirectory(rootDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = resolveStaticPath(rootDir, request.url === '/' ? '/index.html' : (request.url ?? '/'));
    const body = path === null ? Promise.reject(new Error('refused')) : readFile(path);
    body.then(
      (data) => {
        response.writeHead(200, { 'content-type': contentTypeFor(path ?? ''), 'cache-control': 'no-store', 'content-length': data.length });
        response.end(data);
      },
      () => {
        response.writeHead(404, { 'content-length': 0 });
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('The floor page server did not bind a TCP port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
