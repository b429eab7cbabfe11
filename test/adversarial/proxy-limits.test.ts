// Proves the grant proxy's size and time limits in both directions against hostile children and servers on 127.0.0.1: oversized and stalled uploads, oversized, dripping, silent, broken and compressed answers each get a typed one-line JSON error.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, type HostileServer } from './hostile-server';
import { rawExchange, requestText } from './support/raw-socket';
import { startProxyRig, type ProxyRig } from '../support/grant-proxy-rig';

const kib = 1024;
const limits = { timeoutMs: 300, maxAnswerBytes: 64 * kib, maxUploadBytes: 256 * kib };
const realKey = 'real-key-Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1';

let upstream: HostileServer;
let rig: ProxyRig;
let port: number;

async function startRig(target: string): Promise<void> {
  rig = await startProxyRig(target, { header: 'x-api-key', value: realKey }, { limits });
  port = Number(new URL(rig.proxy.baseUrl).port);
}
const headers = (extra: [string, string][] = []): [string, string][] => [['Host', `127.0.0.1:${port}`], ['x-api-key', rig.standIn], ...extra];
function errorOf(body: string): unknown {
  const value: unknown = JSON.parse(body);
  return typeof value === 'object' && value !== null ? Reflect.get(value, 'error') : undefined;
}

beforeEach(async () => {
  upstream = await startHostileServer();
  await startRig(upstream.baseUrl);
});
afterEach(async () => {
  await rig.proxy.close();
  await upstream.close();
});

describe('uploads', () => {
  it('forwards an upload of exactly the limit', async () => {
    upstream.script(quotaPath, (request) => ({ kind: 'json', body: { code: 1000, size: request.body.length } }));
    const body = 'u'.repeat(limits.maxUploadBytes);
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Content-Length', String(body.length)], ['Connection', 'close']]), body));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ code: 1000, size: body.length });
  });

  it('refuses a declared oversized upload before reading it (413), and sends nothing upstream', async () => {
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Content-Length', String(limits.maxUploadBytes + 1)]])));
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toBe('upload-too-large');
    expect(upstream.requests).toEqual([]);
  });

  it('stops a chunked upload at the limit (413): the server never gets a whole request', async () => {
    const chunk = 'c'.repeat(32 * kib);
    const chunked = Array.from({ length: 12 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('') + '0\r\n\r\n';
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Transfer-Encoding', 'chunked']]), chunked));
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toBe('upload-too-large');
    expect(upstream.requests).toEqual([]);
  });

  it('gives up on an upload that stops arriving (408)', async () => {
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Content-Length', '100']]), 'only ten b'));
    expect(answer.status).toBe(408);
    expect(errorOf(answer.body)).toBe('upload-stalled');
    expect(upstream.requests).toEqual([]);
  });
});

describe('a server that never reads or answers', () => {
  let silent: Server;
  afterEach(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it('answers 504 when the server takes the connection and then nothing happens', async () => {
    const sockets: Socket[] = [];
    silent = createServer((socket) => {
      sockets.push(socket);
      socket.pause();
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const silentPort = typeof address === 'object' && address !== null ? address.port : 0;
    await rig.proxy.close();
    await startRig(`http://127.0.0.1:${silentPort}`);
    const body = 'b'.repeat(200 * kib);
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Content-Length', String(body.length)]]), body));
    sockets.forEach((socket) => socket.destroy());
    expect(answer.status).toBe(504);
    expect(errorOf(answer.body)).toBe('upstream-timeout');
  });
});

describe('answers', () => {
  const get = () => rawExchange(port, requestText('GET', quotaPath, headers([['Connection', 'close']])));

  it('passes an answer of exactly the limit', async () => {
    upstream.script(quotaPath, () => ({ kind: 'text', body: 'a'.repeat(limits.maxAnswerBytes) }));
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(limits.maxAnswerBytes);
  });

  it('refuses an answer declared or sent larger than the limit (502)', async () => {
    upstream.script(quotaPath, () => ({ kind: 'text', body: 'a'.repeat(limits.maxAnswerBytes + 1) }));
    expect(errorOf((await get()).body)).toBe('answer-too-large');
    upstream.script(quotaPath, () => ({ kind: 'drip', chunkBytes: 16 * kib, chunks: 8, delayMs: 1 }));
    const dripped = await get();
    expect(dripped.status).toBe(502);
    expect(errorOf(dripped.body)).toBe('answer-too-large');
  });

  it('gives up on an answer that never comes, or drips past the deadline (504)', async () => {
    upstream.script(quotaPath, () => ({ kind: 'hang' }));
    const hung = await get();
    expect(hung.status).toBe(504);
    expect(errorOf(hung.body)).toBe('upstream-timeout');
    upstream.script(quotaPath, () => ({ kind: 'drip', chunkBytes: 10, chunks: 50, delayMs: 50 }));
    const dripped = await get();
    expect(dripped.status).toBe(504);
    expect(errorOf(dripped.body)).toBe('upstream-timeout');
  });

  it('answers 502 when the server resets the connection or is not there', async () => {
    upstream.script(quotaPath, () => ({ kind: 'reset' }));
    expect(errorOf((await get()).body)).toBe('upstream-unreachable');
    const gone = upstream.baseUrl;
    await upstream.close();
    await rig.proxy.close();
    await startRig(gone);
    const answer = await rawExchange(port, requestText('POST', quotaPath, headers([['Content-Length', '5'], ['Connection', 'close']]), 'hello'));
    expect(answer.status).toBe(502);
    expect(errorOf(answer.body)).toBe('upstream-unreachable');
    upstream = await startHostileServer();
  });

  it('refuses a compressed answer it could not screen (502), having asked for none', async () => {
    upstream.script(quotaPath, () => ({ kind: 'text', body: 'not really gzip', headers: { 'content-encoding': 'gzip' } }));
    const answer = await rawExchange(port, requestText('GET', quotaPath, headers([['Accept-Encoding', 'gzip, br'], ['Connection', 'close']])));
    expect(answer.status).toBe(502);
    expect(errorOf(answer.body)).toBe('answer-encoded');
    expect(upstream.requests[0]?.headers['accept-encoding']).toBe('identity');
  });

  it('never sends a secret in its error answers', async () => {
    upstream.script(quotaPath, () => ({ kind: 'text', body: realKey.repeat(4000) }));
    const answer = await get();
    expect(errorOf(answer.body)).toBe('answer-too-large');
    expect(answer.text).not.toContain(realKey.slice(9, 17));
  });
});
