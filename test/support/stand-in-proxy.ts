// TESTS ONLY: a minimal grant proxy behind the StartGrantProxy port, until main/node/proxy/grant-proxy.ts lands; checks the stand-in, forwards /api/open/ with the real credential, swaps real values in answers for the stand-in.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { GrantProxy, GrantProxyOptions, StartGrantProxy } from '../../main/core/cli-grants/proxy-port';
import { listenOnLoopback } from '../sandbox/listen-loopback';
import { readBody } from '../sandbox/read-body';

function heldStandIn(headers: IncomingHttpHeaders): string | undefined {
  const key = headers['x-api-key'];
  if (typeof key === 'string') return key;
  return /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
}

export const startStandInProxy: StartGrantProxy = async (options: GrantProxyOptions): Promise<GrantProxy> => {
  let revoked: string | null = null;
  const server = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? '/';
      const refuse = (status: number, msg: string): void => {
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code: status, msg }));
        options.onRequest({ method: request.method ?? '', path, status });
      };
      if (revoked !== null) return refuse(401, `grant revoked: ${revoked}`);
      if (heldStandIn(request.headers) !== options.standIn) return refuse(401, 'no grant');
      if (!path.startsWith('/api/open/')) return refuse(403, 'only /api/open/');
      const body = await readBody(request, 1024 * 1024);
      const credential = await options.credential();
      const upstream = await fetch(new URL(path, options.target), {
        method: request.method,
        headers: { 'content-type': request.headers['content-type'] ?? 'application/json', [credential.header]: credential.value },
        body: request.method === 'GET' || request.method === 'HEAD' || !body.ok ? undefined : body.text,
        redirect: 'manual',
      });
      let text = await upstream.text();
      for (const secret of options.secrets()) text = text.split(secret).join(options.standIn);
      let akoolCode: number | undefined;
      try {
        const json: unknown = JSON.parse(text);
        if (typeof json === 'object' && json !== null && 'code' in json && typeof json.code === 'number') akoolCode = json.code;
      } catch {
        akoolCode = undefined;
      }
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
      options.onRequest({ method: request.method ?? '', path, status: upstream.status, ...(akoolCode === undefined ? {} : { akoolCode }) });
    })().catch(() => response.destroy());
  });
  const port = await listenOnLoopback(server);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    revoke: (reason) => {
      revoked = reason;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
