// Routes every harness request: security headers, Host guard, bridge script, vault transport, static renderer files. Must not import electron or main/compose-vault.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../main/core/ports';
import { readBody } from '../sandbox/read-body';
import type { EventHub } from './event-stream';
import type { RendererBuild } from './renderer-build';
import { guardTransport, hostAllowed, invokeBodyLimitBytes, parseInvokeBody, type GuardExpectation } from './request-guard';
import { contentTypeFor, resolveStaticPath } from './static-files';
import { bridgeScriptPath, eventsPath, inputCountHeader, invokePath } from './wire';

/** The part of the vault runtime the transport needs. */
export interface TransportRuntime {
  dispatch(channel: string, input: unknown): Promise<unknown>;
  /** As Electron's 'input-event' does in the app: a person's key press or click reached the page. */
  noteUserInput(): void;
  onEvent(listener: (channel: string, payload: unknown) => void): () => void;
}

export interface HarnessRoutes {
  runtime: TransportRuntime;
  /** The highest input count a page reported so far: a higher one means new input since the last request. */
  inputSeen: { count: number };
  renderer: RendererBuild;
  bridgeScript: string;
  events: EventHub;
  expected: GuardExpectation;
  logger: Logger;
}


const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};

/** A bare status with an empty body: refusals carry no detail. */
function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'content-length': 0, connection: 'close' });
  response.end();
}

function send(response: ServerResponse, contentType: string, body: Buffer | string): void {
  response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function invoke(routes: HarnessRoutes, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request, invokeBodyLimitBytes);
  if (!body.ok) return refuse(response, 413);
  const call = parseInvokeBody(body.text);
  if (call === null) return refuse(response, 400);
  const inputCount = Number(request.headers[inputCountHeader]);
  if (Number.isSafeInteger(inputCount) && inputCount > routes.inputSeen.count) {
    routes.inputSeen.count = inputCount;
    routes.runtime.noteUserInput();
  }
  const envelope = await routes.runtime.dispatch(call.channel, call.input);
  send(response, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

async function serveStatic(renderer: RendererBuild, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
  const filePath = resolveStaticPath(renderer.rootDir, request.url ?? '/');
  if (filePath === null) return refuse(response, 404);
  if (filePath === renderer.indexPath) return send(response, contentTypeFor(filePath), renderer.indexHtml);
  const info = await stat(filePath).catch(() => null);
  if (info === null || !info.isFile()) return refuse(response, 404);
  send(response, contentTypeFor(filePath), await readFile(filePath));
}

async function route(routes: HarnessRoutes, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!hostAllowed(request.headers, routes.expected.host)) return refuse(response, 403);
  const path = (request.url ?? '/').split('?')[0];
  if (path === invokePath || path === eventsPath) {
    const kind = path === invokePath ? 'invoke' : 'events';
    const verdict = guardTransport(request, kind, routes.expected);
    if (!verdict.ok) {
      routes.logger.warn('harness refused a transport request', { path, status: verdict.status });
      return refuse(response, verdict.status);
    }
    return kind === 'invoke' ? invoke(routes, request, response) : routes.events.attach(response);
  }
  if (path === bridgeScriptPath) return send(response, 'text/javascript; charset=utf-8', routes.bridgeScript);
  return serveStatic(routes.renderer, request, response);
}

export function createHarnessHandler(routes: HarnessRoutes): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    route(routes, request, response).catch((error: unknown) => {
      routes.logger.error('harness request failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (response.headersSent) response.destroy();
      else refuse(response, 500);
    });
  };
}
