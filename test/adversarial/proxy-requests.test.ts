// Proves the grant proxy is no open proxy and forwards nothing it should not: absolute-form, CONNECT, paths outside /api/open/ (encoded traversal too), Host and Origin tricks, missing, wrong or revoked grants; and that it strips hop-by-hop headers and never sends both credential headers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, type HostileServer } from './hostile-server';
import { rawExchange, requestText } from './support/raw-socket';
import { startProxyRig, type ProxyRig } from '../support/grant-proxy-rig';

const realKey = 'real-key-Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1';

let upstream: HostileServer;
let rig: ProxyRig;
let port: number;
const host = (): [string, string] => ['Host', `127.0.0.1:${port}`];
const grant = (): [string, string] => ['x-api-key', rig.standIn];
const send = (method: string, target: string, headers: [string, string][], body = '') => rawExchange(port, requestText(method, target, headers, body));

beforeEach(async () => {
  upstream = await startHostileServer();
  upstream.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 5 } } }));
  rig = await startProxyRig(upstream.baseUrl, { header: 'x-api-key', value: realKey }, { allowOrigins: ['http://localhost:5173'] });
  port = Number(new URL(rig.proxy.baseUrl).port);
});
afterEach(async () => {
  await rig.proxy.close();
  await upstream.close();
});

/** The proxy answered `status` with error `code`, closed the connection, and the upstream saw nothing. */
async function expectRefused(exchange: Promise<{ status: number; body: string; closed: boolean }>, status: number, code: string): Promise<void> {
  const answer = await exchange;
  expect(answer.status).toBe(status);
  expect(JSON.parse(answer.body)).toMatchObject({ error: code });
  expect(answer.closed).toBe(true);
  expect(upstream.requests).toEqual([]);
}

describe('never an open proxy', () => {
  it('forwards the plain request the refusals below are variations of', async () => {
    const answer = await send('GET', quotaPath, [host(), grant(), ['Connection', 'close']]);
    expect(answer.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it.each([
    () => `http://127.0.0.1:${new URL(upstream.baseUrl).port}${quotaPath}`,
    () => `http://127.0.0.1:${port}${quotaPath}`,
    () => `https://openapi.akool.com${quotaPath}`,
    () => `HTTP://evil.test${quotaPath}`,
  ])('refuses absolute-form %#, grant and Host notwithstanding', async (target) => {
    await expectRefused(send('GET', target(), [host(), grant()]), 400, 'not-origin-form');
  });

  it('refuses OPTIONS * and authority-form', async () => {
    await expectRefused(send('OPTIONS', '*', [host(), grant()]), 400, 'not-origin-form');
    await expectRefused(send('GET', `127.0.0.1:${new URL(upstream.baseUrl).port}`, [host(), grant()]), 400, 'malformed-request');
  });

  it('refuses CONNECT to the upstream, and nothing sent after it reaches anyone', async () => {
    const target = `127.0.0.1:${new URL(upstream.baseUrl).port}`;
    const tunnelled = requestText('GET', quotaPath, [['Host', target], ['x-api-key', rig.standIn]]);
    const answer = await rawExchange(port, requestText('CONNECT', target, [['Host', target], grant()]) + tunnelled);
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'method-refused' });
    expect(answer.closed).toBe(true);
    expect(upstream.requests).toEqual([]);
    expect(rig.records).toEqual([{ method: 'CONNECT', path: target, status: 405 }]);
  });

  it.each(['TRACE', 'PROPFIND', 'PURGE'])('refuses %s', async (method) => {
    await expectRefused(send(method, quotaPath, [host(), grant()]), 405, 'method-refused');
  });

  it('refuses what Node cannot parse (an unknown method, a smuggling-shaped body) with the same one-line JSON', async () => {
    await expectRefused(send('TRACK', quotaPath, [host(), grant()]), 400, 'malformed-request');
    await expectRefused(send('POST', quotaPath, [host(), grant(), ['Content-Length', '3'], ['Transfer-Encoding', 'chunked']], '0\r\n\r\n'), 400, 'malformed-request');
  });
});

describe('only paths under /api/open/', () => {
  it.each([
    '/api/open/../../admin',
    '/api/open/v3/%2e%2e/%2e%2e/admin',
    '/api/open/v3/%2E%2E%2Fadmin',
    '/api/open/v3%2f..%2f..%2fadmin',
    '/api/open/v3/..%5c..%5cadmin',
    '/api/open/v3\\..\\..\\admin',
    '/api/open/%252e%252e/admin',
    '/api/open/..;/admin',
    '/api/open//v3/x',
    '//evil.test/api/open/v3/x',
    '/api/open/v3%00/x',
  ])('refuses %s as a bad path', async (target) => {
    await expectRefused(send('GET', target, [host(), grant()]), 400, 'bad-path');
  });

  it.each(['/', '/admin', '/api/open', '/api/open/', '/api/v3/x', '/API/OPEN/v3/x', '/api/openx/v3'])('refuses %s as outside the API', async (target) => {
    await expectRefused(send('GET', target, [host(), grant()]), 404, 'outside-api');
  });
});

describe('Host and Origin tricks', () => {
  const hostTricks: [string, string][][] = [
    [['Host', 'rebind.attacker.test:PORT']],
    [['Host', 'localhost.attacker.test:PORT']],
    [['Host', '127.0.0.1']],
    [['Host', '127.0.0.1:1']],
    [['Host', '[::1]:PORT']],
    [['Host', '0x7f.0.0.1:PORT']],
    [['Host', '127.0.0.1:PORT'], ['Host', 'attacker.test']],
  ];
  it.each(hostTricks)('refuses Host %j', async (...hosts) => {
    const headers = hosts.map(([name, value]): [string, string] => [name, value.replace('PORT', String(port))]);
    await expectRefused(send('GET', quotaPath, [...headers, grant()]), 403, 'wrong-host');
  });

  it('refuses HTTP/1.0 without a Host', async () => {
    await expectRefused(rawExchange(port, `GET ${quotaPath} HTTP/1.0\r\nx-api-key: ${rig.standIn}\r\n\r\n`), 403, 'wrong-host');
  });

  it('refuses a DNS-rebound page: its Host and its Origin name the attacker', async () => {
    await expectRefused(send('GET', quotaPath, [['Host', `rebind.attacker.test:${port}`], ['Origin', `http://rebind.attacker.test:${port}`], grant()]), 403, 'wrong-host');
  });

  it.each(['https://evil.test', 'null', 'http://localhost:5173.evil.test', 'http://localhost:5174', 'http://127.0.0.1:5173', 'file://'])(
    'refuses Origin %s, with the right Host and grant',
    async (origin) => {
      await expectRefused(send('GET', quotaPath, [host(), ['Origin', origin], grant()]), 403, 'origin-refused');
    },
  );

  it('refuses a cross-site fetch without Origin, and a second Origin after the allowed one', async () => {
    await expectRefused(send('GET', quotaPath, [host(), ['Sec-Fetch-Site', 'cross-site'], grant()]), 403, 'origin-refused');
    await expectRefused(send('GET', quotaPath, [host(), ['Origin', 'http://localhost:5173'], ['Origin', 'https://evil.test'], grant()]), 403, 'origin-refused');
  });

  it('refuses a preflight from another origin, and answers one from the allowed origin without reaching upstream', async () => {
    const preflight = (origin: string): [string, string][] => [host(), ['Origin', origin], ['Access-Control-Request-Method', 'POST'], ['Access-Control-Request-Headers', 'x-api-key, content-type']];
    await expectRefused(send('OPTIONS', quotaPath, preflight('https://evil.test')), 403, 'origin-refused');
    const allowed = await send('OPTIONS', quotaPath, [...preflight('http://localhost:5173'), ['Connection', 'close']]);
    expect(allowed.status).toBe(204);
    expect(allowed.text).toMatch(/\r\naccess-control-allow-origin: http:\/\/localhost:5173\r\n/i);
    expect(allowed.text).not.toMatch(/access-control-allow-credentials/i);
    expect(upstream.requests).toEqual([]);
  });
});

describe('the grant', () => {
  it.each([
    ['no credential', []],
    ['the stand-in in the query', []],
    ['the stand-in in a cookie', [['Cookie', 'k=STANDIN']]],
    ['the stand-in as Proxy-Authorization', [['Proxy-Authorization', 'Bearer STANDIN']]],
    ['the stand-in in another header', [['X-Akool-Key', 'STANDIN']]],
  ])('refuses a request with %s (401, no-grant)', async (_name, extra) => {
    const headers = (extra as [string, string][]).map(([name, value]): [string, string] => [name, value.replace('STANDIN', rig.standIn)]);
    const target = _name === 'the stand-in in the query' ? `${quotaPath}?api_key=${rig.standIn}` : quotaPath;
    await expectRefused(send('GET', target, [host(), ...headers]), 401, 'no-grant');
  });

  it.each([
    ['a guess', [['x-api-key', 'A'.repeat(43)]]],
    ['the real key itself', [['x-api-key', realKey]]],
    ['the stand-in with Basic', [['Authorization', 'Basic STANDIN']]],
    ['the stand-in without a scheme', [['Authorization', 'STANDIN']]],
    ['the stand-in plus a second key', [['x-api-key', 'STANDIN'], ['x-api-key', 'other']]],
    ['the stand-in plus another Bearer', [['x-api-key', 'STANDIN'], ['Authorization', 'Bearer other']]],
    ['a stand-in cut short', [['x-api-key', 'SHORT']]],
  ])('refuses %s (401, wrong-grant)', async (_name, headers) => {
    const lines = (headers as [string, string][]).map(([name, value]): [string, string] => [name, value.replace('STANDIN', rig.standIn).replace('SHORT', rig.standIn.slice(0, 42))]);
    await expectRefused(send('GET', quotaPath, [host(), ...lines]), 401, 'wrong-grant');
  });

  it('refuses the stand-in after revoke, with the reason on one line', async () => {
    rig.proxy.revoke('The child exited.');
    await expectRefused(send('GET', quotaPath, [host(), grant()]), 401, 'grant-revoked');
    const answer = await send('GET', quotaPath, [host(), grant()]);
    expect(JSON.parse(answer.body)).toEqual({ error: 'grant-revoked', message: 'The grant was revoked. The child exited.' });
  });
});

describe('headers on the way through', () => {
  it('strips hop-by-hop headers in both directions', async () => {
    upstream.script(quotaPath, () => ({
      kind: 'text',
      body: '{"code":1000}',
      headers: { connection: 'close, X-Answer-Hop', 'x-answer-hop': 'a', 'keep-alive': 'timeout=9', 'proxy-authenticate': 'Basic', trailer: 'X-T', upgrade: 'h2c', 'x-end-to-end': 'kept' },
    }));
    const answer = await send(
      'POST',
      quotaPath,
      [host(), grant(), ['Connection', 'keep-alive, X-Hop-Secret'], ['X-Hop-Secret', 'hop'], ['Keep-Alive', 'timeout=99'], ['TE', 'trailers'], ['Trailer', 'X-T'], ['Upgrade', 'websocket'], ['Proxy-Authorization', 'Basic cHJveHk='], ['Proxy-Connection', 'keep-alive'], ['Transfer-Encoding', 'chunked'], ['X-Request-End-To-End', 'kept']],
      '3\r\nabc\r\n0\r\n\r\n',
    );
    expect(answer.status).toBe(200);
    const [seen] = upstream.requests;
    const names = (seen?.rawHeaders ?? []).filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase());
    for (const name of ['x-hop-secret', 'keep-alive', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-connection']) expect(names, name).not.toContain(name);
    expect(seen?.headers.connection ?? 'keep-alive').toMatch(/^(keep-alive|close)$/);
    expect(seen?.headers['x-request-end-to-end']).toBe('kept');
    expect(seen?.body).toBe('abc');
    const head = answer.text.slice(0, answer.text.indexOf('\r\n\r\n')).toLowerCase();
    for (const name of ['x-answer-hop', 'keep-alive: timeout=9', 'proxy-authenticate', 'trailer', 'upgrade']) expect(head, name).not.toContain(name);
    expect(head).toContain('x-end-to-end: kept');
  });

  it('sends exactly one credential header upstream, whatever the child sends', async () => {
    const both = [grant(), ['Authorization', `Bearer ${rig.standIn}`]] satisfies [string, string][];
    await send('GET', quotaPath, [host(), ...both, ['Connection', 'close']]);
    await send('GET', quotaPath, [host(), ['Authorization', `Bearer ${rig.standIn}`], ['Connection', 'close']]);
    const tokenRig = await startProxyRig(upstream.baseUrl, { header: 'authorization', value: 'real.token.value' });
    await rawExchange(Number(new URL(tokenRig.proxy.baseUrl).port), requestText('GET', quotaPath, [['Host', new URL(tokenRig.proxy.baseUrl).host], ['x-api-key', tokenRig.standIn], ['Authorization', `Bearer ${tokenRig.standIn}`], ['Connection', 'close']]));
    await tokenRig.proxy.close();
    const credentialLines = upstream.requests.map((request) =>
      request.rawHeaders.flatMap((value, index) => (index % 2 === 0 && /^(x-api-key|authorization)$/i.test(value) ? [`${value.toLowerCase()}: ${request.rawHeaders[index + 1] ?? ''}`] : [])),
    );
    expect(credentialLines).toEqual([[`x-api-key: ${realKey}`], [`x-api-key: ${realKey}`], ['authorization: Bearer real.token.value']]);
    expect(upstream.receivedText()).not.toContain(rig.standIn);
  });
});
