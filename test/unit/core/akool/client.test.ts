// Proves the Akool client over real loopback HTTP: both endpoints, every failure kind, limits, no redirects, no leaks.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAkoolClient, type AkoolFailure, type ExchangeOutcome, type QuotaOutcome } from '../../../../main/core/akool/client';
import { startLoopbackServer, type LoopbackServer } from '../../../support/loopback-server';

const secret = `canary-secret-${randomUUID()}`;
const token = `canary-token-${randomUUID()}`;
const credentials = { clientId: 'client-id-1', clientSecret: secret };
const client = createAkoolClient({ http: fetch });

let akool: LoopbackServer;
let elsewhere: LoopbackServer;
const held: ServerResponse[] = [];

beforeAll(async () => {
  akool = await startLoopbackServer();
  elsewhere = await startLoopbackServer();
});
afterEach(() => held.splice(0).forEach((res) => res.destroy()));
afterAll(async () => {
  await akool.close();
  await elsewhere.close();
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};
const raw = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
  res.writeHead(status, headers).end(text);
};

/** Asserts the outcome is a failure that mentions neither canary, and returns it for further checks. */
function failure(outcome: ExchangeOutcome | QuotaOutcome): AkoolFailure {
  const text = JSON.stringify(outcome);
  expect(text).not.toContain(secret);
  expect(text).not.toContain(token);
  if (outcome.kind === 'ok') throw new Error(`expected a failure, got ${text}`);
  return outcome;
}

const exchangeWith = (name: string, answer: (res: ServerResponse) => void): Promise<ExchangeOutcome> =>
  client.exchangeToken(akool.route(name, answer), credentials);
const quotaWith = (name: string, answer: (res: ServerResponse) => void): Promise<QuotaOutcome> =>
  client.fetchQuota(akool.route(name, answer), token);

describe('exchangeToken', () => {
  it('posts the credentials as JSON and returns a top-level token', async () => {
    const outcome = await exchangeWith('token-top', (res) => json(res, 200, { code: 1000, token }));
    expect(outcome).toEqual({ kind: 'ok', token, identity: { email: null, uid: null } });
    const request = akool.seen.find((seen) => seen.path.startsWith('/token-top/'));
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/token-top/api/open/v3/getToken');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ clientId: 'client-id-1', clientSecret: secret });
  });

  it('accepts the token under data', async () => {
    expect(await exchangeWith('token-data', (res) => json(res, 200, { code: 1000, data: { token } }))).toEqual({ kind: 'ok', token, identity: { email: null, uid: null } });
  });

  it('accepts the code as a numeric string', async () => {
    expect(await exchangeWith('code-string', (res) => json(res, 200, { code: '1000', token }))).toEqual({ kind: 'ok', token, identity: { email: null, uid: null } });
  });

  it('maps 1101 to invalid, without the secret even when the server echoes it', async () => {
    const outcome = failure(await exchangeWith('c1101', (res) => json(res, 200, { code: 1101, msg: `bad secret ${secret}` })));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 1101 });
    if (outcome.kind !== 'invalid') throw new Error('expected invalid');
    expect(outcome.message).toContain('clientId/clientSecret');
    expect(outcome.message).toContain('(code 1101)');
    expect(outcome.message).not.toContain('bad secret');
    // When in doubt, drop: text that carried the secret gives no excerpt at all, not a redacted one.
    expect(outcome).not.toHaveProperty('excerpt');
  });

  it('maps 1102 to invalid with its own sentence, not the 1101 one', async () => {
    const outcome = failure(await exchangeWith('c1102', (res) => json(res, 200, { code: 1102, msg: 'authorization cannot be empty' })));
    expect(outcome).toEqual({
      kind: 'invalid',
      code: 1102,
      message: 'Akool reports that the clientId/clientSecret was missing (code 1102).',
      excerpt: 'authorization cannot be empty',
    });
  });

  it('maps 1200 to banned', async () => {
    const outcome = failure(await exchangeWith('c1200', (res) => json(res, 200, { code: 1200, msg: 'account banned' })));
    expect(outcome).toEqual({ kind: 'banned', message: 'Akool reports this account as banned (code 1200).', excerpt: 'account banned' });
  });

  it('maps an unknown code to rejected, keeping HTML as inert text, redacting Bearer values and dropping echoed secrets', async () => {
    const msg = '<img src=x onerror=alert(1)>\r\nwrong Bearer unlisted';
    const outcome = failure(await exchangeWith('c1003', (res) => json(res, 200, { code: 1003, msg })));
    expect(outcome).toEqual({
      kind: 'rejected',
      code: 1003,
      message: 'Akool answered code 1003.',
      excerpt: '<img src=x onerror=alert(1)> wrong Bearer [redacted]',
    });
    const echoed = failure(await exchangeWith('c1003-echo', (res) => json(res, 200, { code: 1003, msg: `${msg} and ${secret}` })));
    expect(echoed).toEqual({ kind: 'rejected', code: 1003, message: 'Akool answered code 1003.' });
  });

  it('lets a JSON code win over the HTTP status', async () => {
    const outcome = failure(await exchangeWith('code-401', (res) => json(res, 401, { code: 1101, msg: 'expired' })));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 1101 });
    const busy = failure(await exchangeWith('code-500', (res) => json(res, 500, { code: 1200 })));
    expect(busy.kind).toBe('banned');
  });

  it('treats an HTML 502 as unreachable', async () => {
    const outcome = failure(await exchangeWith('html-502', (res) => raw(res, 502, '<html><h1>Bad Gateway</h1></html>', { 'content-type': 'text/html' })));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'HTTP 502', status: 502, retryAfterMs: null });
  });

  it('treats 429 as unreachable and reads Retry-After', async () => {
    const outcome = failure(await exchangeWith('busy-429', (res) => raw(res, 429, 'slow down', { 'retry-after': '30' })));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'HTTP 429', status: 429, retryAfterMs: 30_000 });
  });

  it('treats a 503 JSON answer without a code as unreachable, capping Retry-After at an hour', async () => {
    const outcome = failure(await exchangeWith('json-503', (res) => json(res, 503, { error: 'maintenance' }, { 'retry-after': '999999' })));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'HTTP 503', status: 503, retryAfterMs: 3_600_000 });
  });

  it('treats another non-2xx status without a code as a bad response', async () => {
    expect(failure(await exchangeWith('html-404', (res) => raw(res, 404, '<html>Not found</html>')))).toEqual({
      kind: 'bad-response',
      detail: 'HTTP 404',
    });
  });

  it.each([
    ['not-json', 'OK', 'the answer is not JSON'],
    ['json-array', '[{"code":1000}]', 'the answer is not a JSON object'],
    ['json-null', 'null', 'the answer is not a JSON object'],
    ['empty-body', '', 'the answer is empty'],
    ['no-code', '{"token":"abc"}', 'the answer has no code'],
    ['word-code', '{"code":"OK","token":"abc"}', 'the answer has an unreadable code'],
    ['float-code', '{"code":1000.5,"token":"abc"}', 'the answer has an unreadable code'],
  ])('refuses a 200 answer that is %s', async (name, body, detail) => {
    expect(failure(await exchangeWith(name, (res) => raw(res, 200, body)))).toEqual({ kind: 'bad-response', detail });
  });

  it.each([
    ['token-missing', { code: 1000 }, 'the answer has no token'],
    ['token-null', { code: 1000, token: null, data: null }, 'the answer has no token'],
    ['token-empty', { code: 1000, token: '' }, "the answer's token is unusable: The token is empty."],
    ['token-number', { code: 1000, token: 12345 }, "the answer's token is unusable: The token is not text."],
    ['token-crlf', { code: 1000, token: `${token}\r\nX-Injected: 1` }, "the answer's token is unusable: The token contains whitespace or control characters."],
    ['token-20kb', { code: 1000, token: `${token}${'x'.repeat(20_000)}` }, "the answer's token is unusable: The token is longer than 4 KiB."],
  ])('refuses %s', async (name, body, detail) => {
    expect(failure(await exchangeWith(name, (res) => json(res, 200, body)))).toEqual({ kind: 'bad-response', detail });
  });

  it('ignores fields hidden under __proto__ and pollutes nothing', async () => {
    const hiddenToken = failure(await exchangeWith('proto-token', (res) => raw(res, 200, `{"code":1000,"__proto__":{"token":"${token}"}}`)));
    expect(hiddenToken).toEqual({ kind: 'bad-response', detail: 'the answer has no token' });
    const hiddenCode = failure(await exchangeWith('proto-code', (res) => raw(res, 200, `{"__proto__":{"code":1000},"token":"${token}"}`)));
    expect(hiddenCode).toEqual({ kind: 'bad-response', detail: 'the answer has no code' });
    const hiddenData = failure(await exchangeWith('proto-data', (res) => raw(res, 200, `{"code":1000,"data":{"__proto__":{"token":"${token}"}}}`)));
    expect(hiddenData).toEqual({ kind: 'bad-response', detail: 'the answer has no token' });
    expect('token' in {}).toBe(false);
    expect('code' in {}).toBe(false);
  });

  it('stops reading an answer streamed past 1 MiB', async () => {
    const outcome = await exchangeWith('huge-stream', (res) => {
      res.on('error', () => undefined);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(`{"code":1000,"token":"`);
      const chunk = 'a'.repeat(64 * 1024);
      const pump = (left: number): void => {
        for (let remaining = left; remaining > 0 && !res.destroyed; remaining -= 1) {
          if (!res.write(chunk)) {
            res.once('drain', () => pump(remaining - 1));
            return;
          }
        }
        if (!res.destroyed) res.end('"}');
      };
      pump(48);
    });
    expect(failure(outcome)).toEqual({ kind: 'bad-response', detail: 'answer larger than 1 MiB' });
  });

  it('refuses early when Content-Length is over the limit, without waiting for the body', async () => {
    const patient = createAkoolClient({ http: fetch, timeoutMs: 5_000 });
    const base = akool.route('huge-declared', (res) => {
      held.push(res);
      res.writeHead(200, { 'content-length': String(5 * 1024 * 1024) }).write('{"code":');
    });
    const started = Date.now();
    expect(failure(await patient.exchangeToken(base, credentials))).toEqual({ kind: 'bad-response', detail: 'answer larger than 1 MiB' });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('honours a custom body limit', async () => {
    const small = createAkoolClient({ http: fetch, maxBodyBytes: 64 });
    const base = akool.route('small-limit', (res) => json(res, 200, { code: 1000, token, padding: 'p'.repeat(100) }));
    expect(failure(await small.exchangeToken(base, credentials))).toEqual({ kind: 'bad-response', detail: 'answer larger than 64 bytes' });
  });

  it('gives up when the server never answers', async () => {
    const hasty = createAkoolClient({ http: fetch, timeoutMs: 200 });
    const base = akool.route('silent', (res) => {
      held.push(res);
    });
    const started = Date.now();
    const outcome = failure(await hasty.exchangeToken(base, credentials));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'no answer within 0.2 s', status: null, retryAfterMs: null });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up when the body never finishes', async () => {
    const hasty = createAkoolClient({ http: fetch, timeoutMs: 200 });
    const base = akool.route('trickle', (res) => {
      held.push(res);
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"code":1000,');
    });
    const outcome = failure(await hasty.exchangeToken(base, credentials));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'no answer within 0.2 s', status: null, retryAfterMs: null });
  });

  it('reports a reset connection as unreachable with a generic detail', async () => {
    const outcome = failure(await exchangeWith('reset', (res) => res.socket?.destroy()));
    expect(outcome.kind).toBe('unreachable');
    if (outcome.kind !== 'unreachable') throw new Error('expected unreachable');
    expect(outcome.detail).toMatch(/^network error( \([A-Z_]+\))?$/);
    expect(outcome.status).toBeNull();
  });

  it('reports a refused connection by its code', async () => {
    const closed = await startLoopbackServer();
    await closed.close();
    const outcome = failure(await client.exchangeToken(closed.origin, credentials));
    expect(outcome).toEqual({ kind: 'unreachable', detail: 'network error (ECONNREFUSED)', status: null, retryAfterMs: null });
  });

  it('never follows a redirect, so the secret never reaches the other server', async () => {
    const target = `${elsewhere.route('steal', (res) => json(res, 200, { code: 1000, token }))}/api/open/v3/getToken`;
    const outcome = failure(await exchangeWith('redirect-307', (res) => raw(res, 307, '', { location: target })));
    expect(outcome).toEqual({ kind: 'bad-response', detail: 'the server tried to redirect; akool-vault never follows redirects' });
    expect(elsewhere.seen).toEqual([]);
  });

  it('refuses a base URL that is not allowed without sending anything', async () => {
    const calls: string[] = [];
    const spy = createAkoolClient({
      http: async (url) => {
        calls.push(url);
        throw new Error('must not be called');
      },
    });
    const outcome = failure(await spy.exchangeToken('http://openapi.akool.com', credentials));
    expect(outcome.kind).toBe('bad-response');
    expect(calls).toEqual([]);
  });

  it('never builds a detail from a network error message that could quote the request', async () => {
    const leaky = createAkoolClient({
      http: async (_url, init) => {
        throw new Error(`could not send ${String(init.body)}`);
      },
    });
    expect(failure(await leaky.exchangeToken('', credentials))).toEqual({
      kind: 'unreachable',
      detail: 'network error',
      status: null,
      retryAfterMs: null,
    });
  });

  it('always asks fetch not to follow redirects and passes an abort signal', async () => {
    const inits: RequestInit[] = [];
    const spy = createAkoolClient({
      http: async (_url, init) => {
        inits.push(init);
        return new Response(JSON.stringify({ code: 1000, token }), { status: 200 });
      },
    });
    await spy.exchangeToken('', credentials);
    await spy.fetchQuota('', token);
    expect(inits.map((init) => init.redirect)).toEqual(['manual', 'manual']);
    expect(inits.every((init) => init.signal instanceof AbortSignal)).toBe(true);
  });

  it('reads the credit with the key in x-api-key only, never with Authorization', async () => {
    const sent: { url: string; headers: Headers }[] = [];
    const spy = createAkoolClient({
      http: async (url, init) => {
        sent.push({ url: String(url), headers: new Headers(init.headers) });
        return new Response(JSON.stringify({ code: 1000, data: { credit: 12 } }), { status: 200 });
      },
    });
    expect(await spy.fetchQuotaWithKey('', secret)).toEqual({ kind: 'ok', credit: 12 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('https://openapi.akool.com/api/open/v3/faceswap/quota/info');
    expect(sent[0]?.headers.get('x-api-key')).toBe(secret);
    expect(sent[0]?.headers.has('authorization')).toBe(false);
    // And the token path never carries the key.
    await spy.fetchQuota('', token);
    expect(sent[1]?.headers.has('x-api-key')).toBe(false);
    expect(sent[1]?.headers.get('authorization')).toBe(`Bearer ${token}`);
  });

  it('sends nothing for a key no header can carry or a refused base URL', async () => {
    let calls = 0;
    const spy = createAkoolClient({
      http: async () => {
        calls += 1;
        return new Response('{}', { status: 200 });
      },
    });
    expect(await spy.fetchQuotaWithKey('', `${secret}\r\nX-Injected: 1`)).toMatchObject({ kind: 'bad-response' });
    expect(await spy.fetchQuotaWithKey('http://example.com', secret)).toMatchObject({ kind: 'bad-response' });
    expect(calls).toBe(0);
  });

  it('treats an opaque redirect as a refused redirect', async () => {
    const opaqueRedirect = (): Response => {
      const response = new Response(JSON.stringify({ code: 1000, token }), { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      return response;
    };
    const opaque = createAkoolClient({ http: async () => opaqueRedirect() });
    expect(failure(await opaque.exchangeToken('', credentials))).toEqual({
      kind: 'bad-response',
      detail: 'the server tried to redirect; akool-vault never follows redirects',
    });
  });
});

describe('server text scrubbing across calls', () => {
  it('scrubs a secret sent in an earlier call, and the hide list, from a later answer', async () => {
    const scrubbing = createAkoolClient({ http: fetch });
    const earlier = `earlier-secret-${randomUUID()}`;
    const stored = `stored-secret-${randomUUID()}`;
    const base = akool.route('echo-later', (res) => json(res, 200, { code: 1101, msg: 'refused' }));
    await scrubbing.exchangeToken(base, { clientId: 'c', clientSecret: earlier });
    const banned = { kind: 'banned', message: 'Akool reports this account as banned (code 1200).' };
    const answering = (name: string, msg: string): string => akool.route(name, (res) => json(res, 200, { code: 1200, msg }));
    expect(await scrubbing.fetchQuota(answering('echo-plain', 'plain text'), token, [stored])).toEqual({ ...banned, excerpt: 'plain text' });
    expect(await scrubbing.fetchQuota(answering('echo-earlier', `old ${earlier} end`), token, [stored])).toEqual(banned);
    expect(await scrubbing.fetchQuota(answering('echo-stored', `stored ${stored.split('-').join(' ')} end`), token, [stored])).toEqual(banned);
  });
});

describe('fetchQuota', () => {
  it('sends the token as a Bearer header and returns the credit', async () => {
    const outcome = await quotaWith('quota-ok', (res) => json(res, 200, { code: 1000, msg: 'OK', data: { credit: 123 } }));
    expect(outcome).toEqual({ kind: 'ok', credit: 123 });
    const request = akool.seen.find((seen) => seen.path.startsWith('/quota-ok/'));
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/quota-ok/api/open/v3/faceswap/quota/info');
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('maps 1101 to invalid and redacts an echoed token', async () => {
    const outcome = failure(await quotaWith('quota-1101', (res) => json(res, 200, { code: '1101', msg: `token ${token} expired` })));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 1101 });
    if (outcome.kind !== 'invalid') throw new Error('expected invalid');
    expect(outcome.message).toBe('Akool rejected the token as invalid or expired (code 1101).');
    expect(outcome).not.toHaveProperty('excerpt');
  });

  it('maps 1200 to banned', async () => {
    expect(failure(await quotaWith('quota-1200', (res) => json(res, 200, { code: 1200 })))).toEqual({
      kind: 'banned',
      message: 'Akool reports this account as banned (code 1200).',
    });
  });

  it.each([
    ['credit-missing', { code: 1000, data: {} }],
    ['credit-no-data', { code: 1000 }],
    ['credit-string', { code: 1000, data: { credit: '123' } }],
    ['credit-null', { code: 1000, data: { credit: null } }],
  ])('refuses an answer with %s', async (name, body) => {
    expect(failure(await quotaWith(name, (res) => json(res, 200, body)))).toEqual({
      kind: 'bad-response',
      detail: 'the answer has no usable credit',
    });
  });

  it('never follows a redirect, so the token never reaches the other server', async () => {
    const target = `${elsewhere.route('steal-token', (res) => json(res, 200, { code: 1000, data: { credit: 1 } }))}/x`;
    const outcome = failure(await quotaWith('quota-302', (res) => raw(res, 302, '', { location: target })));
    expect(outcome.kind).toBe('bad-response');
    expect(elsewhere.seen).toEqual([]);
  });

  it('does not send a malformed token at all', async () => {
    const base = akool.route('quota-malformed', (res) => json(res, 200, { code: 1000, data: { credit: 1 } }));
    const outcome = await client.fetchQuota(base, `${token}\r\nX-Injected: 1`);
    expect(failure(outcome)).toEqual({ kind: 'bad-response', detail: 'the stored token is malformed, so it was not sent' });
    expect(akool.seen.some((seen) => seen.path.startsWith('/quota-malformed/'))).toBe(false);
  });
});
