// The loopback proxy `akool-vault run` gives a child: takes the grant's stand-in, forwards /api/open/ requests with the real key or token, gives answers back, and withholds an answer carrying any piece of a secret and revokes the grant. Must not import electron.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { defaultMaxBodyBytes, defaultTimeoutMs } from '../../core/akool/client';
import { normalizeBaseUrl } from '../../core/akool/base-url';
import { akoolCode } from './akool-code';
import { screenAnswer } from './answer-screen';
import { allowedOrigins, corsHeaders, preflightHeaders } from './cors';
import { forwardExchange, type ProxyLimits } from './forward-exchange';
import { createGrantCheck } from './grant-check';
import type { GrantProxy, GrantProxyOptions as PortOptions, ProxyRequestRecord, UpstreamCredential } from '../../core/cli-grants/proxy-port';
import { credentialSecret, declaredLength, upstreamHeaders } from './header-swap';
import { listenOnLoopback } from './listen-loopback';
import { errorBody, oneLine, proxyErrors, rawErrorAnswer, type ProxyErrorCode } from './proxy-errors';
import { headerValues } from './raw-headers';
import { filterRequest, type FilterDecision } from './request-filter';
import { upstreamAgent } from './upstream-agent';

export type { GrantProxy, ProxyRequestRecord, UpstreamCredential } from '../../core/cli-grants/proxy-port';
export type { ProxyLimits } from './forward-exchange';

export interface GrantProxyOptions extends PortOptions {
  /** Only tests shrink these; the defaults are our Akool client's (see defaultProxyLimits). */
  readonly limits?: Partial<ProxyLimits>;
}

/** Our client's deadline and answer limit; uploads get their own ceiling, since our client never sends more than a few bytes. */
export const defaultProxyLimits: ProxyLimits = {
  timeoutMs: defaultTimeoutMs,
  maxAnswerBytes: defaultMaxBodyBytes,
  maxUploadBytes: 100 * 1024 * 1024,
};

const maxRecordedPath = 200;
const closedReason = 'The run has ended.';
/**
 * Why a grant ends at the first answer that carries a piece of a secret. Replacing the piece by the stand-in and going
 * on would answer, for every guess a child makes an endpoint echo (a 404's path, a parameter), whether the guess is a
 * piece of the real token: a JWT's known first characters extend to the whole token a guess at a time. Withheld and
 * revoked, a grant tells at most one such bit, and the next grant needs a person (core/cli-grants drops the allowance).
 */
export const secretEchoedReason = "Akool's answer carried a piece of the real key or token, so it was withheld and this grant was revoked.";

function recordedPath(target: string): string {
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  return path.length > maxRecordedPath ? `${path.slice(0, maxRecordedPath - 1)}…` : path;
}

function withCors(headers: OutgoingHttpHeaders, origin: string | null): OutgoingHttpHeaders {
  return origin === null ? headers : { ...headers, ...corsHeaders(origin) };
}

/** A refusal or failure: one line of JSON, and the connection closes (what is left of the request is never read). */
function sendError(response: ServerResponse, code: ProxyErrorCode, origin: string | null, detail?: string): number {
  const { status } = proxyErrors[code];
  if (response.headersSent || response.destroyed) return 0;
  const body = errorBody(code, detail);
  response.writeHead(status, withCors({ 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', connection: 'close' }, origin));
  response.end(body);
  return status;
}

/** The upstream as origin, hostname and path prefix; throws when normalizeBaseUrl would refuse it. */
function upstreamBase(target: URL): { url: URL; prefix: string } {
  const base = normalizeBaseUrl(target.href);
  if (!base.ok) throw new TypeError(`The account's base URL cannot be used: ${base.reason}`);
  const url = new URL(base.url);
  return { url, prefix: url.pathname === '/' ? '' : url.pathname };
}

/** The credential, or why there is none within `timeoutMs`. */
async function credentialWithin(credential: () => Promise<UpstreamCredential>, timeoutMs: number): Promise<UpstreamCredential | ProxyErrorCode> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<ProxyErrorCode>((resolve) => {
    timer = setTimeout(() => resolve('upstream-timeout'), timeoutMs);
  });
  try {
    return await Promise.race([credential().catch((): ProxyErrorCode => 'credential-unavailable'), late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function startGrantProxy(options: GrantProxyOptions): Promise<GrantProxy> {
  const grant = createGrantCheck(options.standIn);
  const origins = allowedOrigins(options.allowOrigins);
  const upstream = upstreamBase(options.target);
  const limits: ProxyLimits = { ...defaultProxyLimits, ...options.limits };
  const agent = upstreamAgent(upstream.url.protocol);
  const inFlight = new Set<AbortController>();
  let revokedReason: string | null = null;
  let port = 0;

  const record = (entry: ProxyRequestRecord): void => {
    try {
      options.onRequest(entry);
    } catch {
      // The log is the caller's: its failure must not take the proxy down.
    }
  };

  /** Sends the answer with every secret replaced by the stand-in, or withholds it; returns the status and Akool code sent. */
  function sendAnswer(response: ServerResponse, method: string, answer: { status: number; rawHeaders: readonly string[]; body: Buffer }, secrets: readonly string[], origin: string | null): { status: number; code?: number } {
    const screened = screenAnswer(answer.rawHeaders, answer.body, secrets, options.standIn);
    if (screened === null || screened.replaced) {
      const first = revokedReason === null;
      revoke(secretEchoedReason);
      if (first) options.onSecretEchoed?.();
      return { status: sendError(response, 'answer-carried-secret', origin) };
    }
    const { headers } = screened;
    const bodiless = method === 'HEAD' || answer.status === 204 || answer.status === 304;
    if (!bodiless) headers['content-length'] = String(screened.bytes.length);
    else if (method === 'HEAD') {
      const declared = declaredLength({ 'content-length': headerValues(answer.rawHeaders, 'content-length')[0] });
      if (declared !== null) headers['content-length'] = String(declared);
    }
    if (response.headersSent || response.destroyed) return { status: 0 };
    response.writeHead(answer.status, withCors(headers, origin));
    response.end(bodiless ? undefined : screened.bytes);
    const code = bodiless ? undefined : akoolCode(screened.text);
    return code === undefined ? { status: answer.status } : { status: answer.status, code };
  }

  async function forward(request: IncomingMessage, response: ServerResponse, decision: Extract<FilterDecision, { kind: 'forward' }>): Promise<{ status: number; code?: number }> {
    const { origin } = decision;
    const declared = declaredLength(request.headers);
    if (declared !== null && declared > limits.maxUploadBytes) return { status: sendError(response, 'upload-too-large', origin) };
    const controller = new AbortController();
    inFlight.add(controller);
    // A child that leaves mid-request takes its upstream request with it.
    response.once('close', () => controller.abort());
    try {
      const credential = await credentialWithin(options.credential, limits.timeoutMs);
      if (revokedReason !== null) return { status: sendError(response, 'grant-revoked', origin, revokedReason) };
      if (typeof credential === 'string') return { status: sendError(response, credential, origin) };
      const secrets = [...options.secrets(), credentialSecret(credential)];
      const result = await forwardExchange({
        target: upstream.url,
        path: upstream.prefix + decision.path + decision.query,
        method: request.method ?? 'GET',
        headers: upstreamHeaders(request.rawHeaders, credential, request.headers['content-length']),
        body: request,
        agent,
        limits,
        signal: controller.signal,
      });
      if (result.kind === 'aborted') return { status: sendError(response, 'grant-revoked', origin, revokedReason ?? closedReason) };
      if (result.kind === 'failure') return { status: sendError(response, result.code, origin) };
      return sendAnswer(response, request.method ?? 'GET', result, secrets, origin);
    } finally {
      inFlight.delete(controller);
    }
  }

  const server = createServer((request, response) => {
    const method = request.method ?? '';
    const target = request.url ?? '';
    let outcome: { status: number; code?: number } = { status: 0 };
    response.on('close', () => {
      const { status, code } = outcome;
      record(code === undefined ? { method, path: recordedPath(target), status } : { method, path: recordedPath(target), status, akoolCode: code });
    });
    const decision = filterRequest(
      { method, target, rawHeaders: request.rawHeaders },
      { port, allowOrigins: origins, grant, revoked: () => revokedReason },
    );
    if (decision.kind === 'refuse') {
      outcome = { status: sendError(response, decision.code, decision.origin, decision.detail) };
    } else if (decision.kind === 'preflight') {
      response.writeHead(204, preflightHeaders(decision.origin, decision.requestedHeaders, decision.privateNetwork));
      response.end();
      outcome = { status: 204 };
    } else {
      forward(request, response, decision).then(
        (sent) => {
          outcome = sent;
        },
        () => {
          outcome = { status: sendError(response, 'upstream-unreachable', decision.origin) };
        },
      );
    }
  });
  // CONNECT never reaches the request handler: without this listener Node drops the socket silently; this says why.
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    socket.end(rawErrorAnswer('method-refused', 'Method Not Allowed'));
    record({ method: 'CONNECT', path: recordedPath(request.url ?? ''), status: 405 });
  });
  // What Node's parser refuses (unknown methods, authority-form, bad framing) gets the same one-line JSON as the rest.
  server.on('clientError', (_error, socket: Duplex) => {
    if (socket.writable) socket.end(rawErrorAnswer('malformed-request', 'Bad Request'));
    else socket.destroy();
  });
  server.headersTimeout = limits.timeoutMs;
  port = await listenOnLoopback(server);

  const revoke = (reason: string): void => {
    revokedReason ??= oneLine(reason) || closedReason;
    for (const controller of inFlight) controller.abort();
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    revoke,
    close: async () => {
      revoke(closedReason);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      agent.destroy();
      await closed;
    },
  };
}
