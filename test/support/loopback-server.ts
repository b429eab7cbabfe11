// Test helper: a real node:http server on 127.0.0.1 that routes by first path segment and records requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../sandbox/listen-loopback';

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (res: ServerResponse, request: SeenRequest) => void | Promise<void>;

export interface LoopbackServer {
  readonly origin: string;
  readonly seen: SeenRequest[];
  /** Registers a route and returns its base URL, `http://127.0.0.1:<port>/<name>`. */
  route(name: string, handler: Route): string;
  /** Closes the server and every open connection, answered or not. */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, Route>();
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const request: SeenRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      seen.push(request);
      const handler = routes.get(request.path.split('/')[1] ?? '');
      if (handler === undefined) res.writeHead(404).end();
      else await handler(res, request);
    });
  });
  const origin = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  return {
    origin,
    seen,
    route(name, handler) {
      routes.set(name, handler);
      return `${origin}/${name}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
