// A hostile Akool look-alike on 127.0.0.1: each test scripts what every route answers, and every request is recorded. Must not import main/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { listenOnLoopback } from '../sandbox/listen-loopback';

export const tokenPath = '/api/open/v3/getToken';
export const quotaPath = '/api/open/v3/faceswap/quota/info';

export type Behaviour =
  /** A JSON answer; `body` is serialised with JSON.stringify. */
  | { kind: 'json'; status?: number; body: unknown; headers?: Record<string, string> }
  /** Exact bytes, e.g. HTML, broken JSON or a `__proto__` key JSON.stringify cannot write. */
  | { kind: 'text'; status?: number; body: string; contentType?: string; headers?: Record<string, string> }
  /** `chunks` × `chunkBytes` bytes of `fill`, one chunk every `delayMs`, without a Content-Length. */
  | { kind: 'drip'; chunkBytes: number; chunks: number; delayMs: number; fill?: string }
  /** Headers and body never come. */
  | { kind: 'hang' }
  /** The TCP connection is reset (RST) before any answer. */
  | { kind: 'reset' }
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
  /** Answers `behaviour` only after `ms`. */
  | { kind: 'slow'; ms: number; behaviour: Behaviour };

export interface HostileRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Every header line as sent (name, value, name, value…): repeats Node would merge or drop are kept. */
  rawHeaders: readonly string[];
  body: string;
}

/** Decides the answer to one request; `count` is how many requests this path has had before it. */
export type Script = (request: HostileRequest, count: number) => Behaviour;

export interface HostileServer {
  readonly baseUrl: string;
  readonly requests: readonly HostileRequest[];
  /** The most requests ever in flight at once, on one path or, without a path, on all of them together. */
  maxInFlight(path?: string): number;
  script(path: string, script: Script): void;
  /** Every header, body and path received, as one text: for leak assertions. */
  receivedText(): string;
  close(): Promise<void>;
}

/** The in-flight key counting every path together; no request path can equal it. */
const allPaths = '*';
const notScripted: Behaviour = { kind: 'json', status: 404, body: { code: 404, msg: 'not found' } };

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function answer(response: ServerResponse, socket: Socket, behaviour: Behaviour): Promise<void> {
  switch (behaviour.kind) {
    case 'json':
    case 'text': {
      const text = behaviour.kind === 'json' ? JSON.stringify(behaviour.body) : behaviour.body;
      const contentType = behaviour.kind === 'json' ? 'application/json' : (behaviour.contentType ?? 'application/json');
      response.writeHead(behaviour.status ?? 200, { 'content-type': contentType, ...behaviour.headers });
      response.end(text);
      return;
    }
    case 'drip': {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(behaviour.chunkBytes, behaviour.fill ?? 'a');
      for (let sent = 0; sent < behaviour.chunks && !response.destroyed; sent += 1) {
        response.write(chunk);
        await delay(behaviour.delayMs);
      }
      response.end();
      return;
    }
    case 'hang':
      return;
    case 'reset':
      socket.resetAndDestroy();
      return;
    case 'redirect':
      response.writeHead(behaviour.status, { location: behaviour.location, 'content-type': 'text/plain' });
      response.end('moved');
      return;
    case 'slow':
      await delay(behaviour.ms);
      return answer(response, socket, behaviour.behaviour);
  }
}

export async function startHostileServer(): Promise<HostileServer> {
  const scripts = new Map<string, Script>();
  const requests: HostileRequest[] = [];
  const counts = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const server = createServer((request, response) => {
    void (async () => {
      const recorded: HostileRequest = {
        method: request.method ?? '',
        path: (request.url ?? '/').split('?')[0] ?? '/',
        headers: request.headers,
        rawHeaders: request.rawHeaders,
        body: await readAll(request),
      };
      requests.push(recorded);
      const { path } = recorded;
      const count = counts.get(path) ?? 0;
      counts.set(path, count + 1);
      for (const key of [path, allPaths]) {
        inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key) ?? 0));
      }
      response.on('close', () => [path, allPaths].forEach((key) => inFlight.set(key, (inFlight.get(key) ?? 1) - 1)));
      const behaviour = scripts.get(path)?.(recorded, count) ?? notScripted;
      await answer(response, request.socket, behaviour);
    })().catch(() => response.destroy());
  });
  const port = await listenOnLoopback(server);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: (path = allPaths) => peak.get(path) ?? 0,
    script: (path, script) => scripts.set(path, script),
    receivedText: () => requests.map((request) => `${request.path}\n${JSON.stringify(request.headers)}\n${request.body}`).join('\n'),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
