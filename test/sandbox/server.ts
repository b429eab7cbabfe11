// Starts an Akool-compatible HTTP server on 127.0.0.1 for tests and demos. Must not import main/, renderer/ or any framework.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { demoAccounts, type SandboxAccountSeed, type SandboxState } from './accounts';
import { createAccountRegistry, type AccountRegistry } from './account-registry';
import { answerGetToken, answerQuota, notFound, quotaPath, tokenPath, type SandboxAnswer } from './akool-routes';
import { answerGeneration, generationPath } from './generation-route';
import { listenOnLoopback } from './listen-loopback';
import { readBody } from './read-body';

export type { SandboxAccountSeed, SandboxState } from './accounts';
export { demoAccounts } from './accounts';

/** One request as seen by the sandbox: never the Authorization or x-api-key value, only whether each was there. */
export interface RecordedRequest {
  method: string;
  path: string;
  hasAuthorization: boolean;
  hasApiKey: boolean;
}

export interface SandboxOptions {
  port?: number;
  latencyMs?: number;
  accounts?: SandboxAccountSeed[];
}

export interface Sandbox {
  baseUrl: string;
  /** Current account settings (state and credit follow setState and setCredit). */
  readonly accounts: readonly SandboxAccountSeed[];
  setState(clientId: string, state: SandboxState): void;
  expireTokens(clientId: string): void;
  setCredit(clientId: string, credit: number): void;
  readonly requests: readonly RecordedRequest[];
  /** How many tokens getToken has issued to this clientId. */
  exchangeCount(clientId: string): number;
  /** Every token issued to this clientId, oldest first: for leak canaries in tests. */
  issuedTokens(clientId: string): readonly string[];
  close(): Promise<void>;
}

const bodyLimitBytes = 64 * 1024;

/** The x-api-key header as one string (Node joins repeated headers with ", "). */
function apiKeyOf(request: IncomingMessage): string | undefined {
  const value = request.headers['x-api-key'];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function answer(registry: AccountRegistry, request: IncomingMessage, path: string, jobNumber: number): Promise<SandboxAnswer> {
  if (request.method === 'POST' && path === tokenPath) {
    const body = await readBody(request, bodyLimitBytes);
    if (!body.ok) return { status: 413, body: { code: 413, msg: 'payload too large' } };
    return answerGetToken(registry, body.text);
  }
  if (request.method === 'GET' && path === quotaPath) {
    return answerQuota(registry, request.headers.authorization, apiKeyOf(request));
  }
  if (request.method === 'POST' && path === generationPath) {
    const body = await readBody(request, bodyLimitBytes);
    if (!body.ok) return { status: 413, body: { code: 413, msg: 'payload too large' } };
    return answerGeneration(registry, request.headers.authorization, apiKeyOf(request), jobNumber);
  }
  return notFound;
}

function send(response: ServerResponse, { status, body }: SandboxAnswer): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(status === 413 ? { connection: 'close' } : {}),
  });
  response.end(text);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const registry = createAccountRegistry(options.accounts ?? demoAccounts, () => Date.now());
  const latencyMs = options.latencyMs ?? 0;
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push({
      method: request.method ?? '',
      path,
      hasAuthorization: request.headers.authorization !== undefined,
      hasApiKey: request.headers['x-api-key'] !== undefined,
    });
    void (async () => {
      const result = await answer(registry, request, path, requests.length);
      if (latencyMs > 0) await delay(latencyMs);
      send(response, result);
    })().catch(() => {
      if (!response.headersSent) send(response, { status: 500, body: { code: 500, msg: 'sandbox error' } });
      else response.destroy();
    });
  });

  // A client reuses idle keep-alive connections; Node closes them after 5 s idle by default. On a loaded machine a
  // stall of the event loop makes both happen in one turn and the request gets ECONNRESET (seen seeding 1,000 accounts
  // at load 22 on 2 cores). Idle connections are kept for a minute; close() still ends them all (closeAllConnections).
  server.keepAliveTimeout = 60_000;
  const port = await listenOnLoopback(server, options.port);

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    get accounts() {
      return registry.snapshot();
    },
    setState: (clientId, state) => registry.setState(clientId, state),
    expireTokens: (clientId) => registry.expireTokens(clientId),
    setCredit: (clientId, credit) => registry.setCredit(clientId, credit),
    requests,
    exchangeCount: (clientId) => registry.exchangeCount(clientId),
    issuedTokens: (clientId) => registry.issuedTokens(clientId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
