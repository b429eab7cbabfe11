// Proves the grant proxy end to end against the sandbox on 127.0.0.1: the stand-in works as x-api-key or Bearer, the sandbox gets exactly one real credential, records carry method, path, status and code, revoke and close end the grant.
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGrantProxy } from '../../../../main/node/proxy/grant-proxy';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { quotaPath, startHostileServer, type HostileServer } from '../../../adversarial/hostile-server';
import { startProxyRig, type ProxyRig } from '../../../support/grant-proxy-rig';

const key = 'demo-secret-active';

describe('grant proxy against the sandbox', () => {
  let sandbox: Sandbox;
  let rig: ProxyRig | undefined;
  beforeEach(async () => {
    sandbox = await startSandbox();
  });
  afterEach(async () => {
    await rig?.proxy.close();
    rig = undefined;
    await sandbox.close();
  });

  it('forwards quota/info with the stand-in as x-api-key; the sandbox sees the real key only, and the record has the Akool code', async () => {
    rig = await startProxyRig(sandbox.baseUrl, { header: 'x-api-key', value: key });
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: rig.keyHeaders });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code: 1000, msg: 'OK', data: { credit: 1234 } });
    expect(sandbox.requests).toEqual([{ method: 'GET', path: quotaPath, hasAuthorization: false, hasApiKey: true }]);
    expect(rig.records).toEqual([{ method: 'GET', path: quotaPath, status: 200, akoolCode: 1000 }]);
  });

  it('forwards with the stand-in as Bearer and a real token, asking for the credential on every request', async () => {
    const exchange = await fetch(`${sandbox.baseUrl}/api/open/v3/getToken`, { method: 'POST', body: JSON.stringify({ clientId: 'demo-active', clientSecret: key }) });
    const answer: unknown = await exchange.json();
    const token = typeof answer === 'object' && answer !== null ? String(Reflect.get(answer, 'token')) : '';
    rig = await startProxyRig(sandbox.baseUrl, { header: 'authorization', value: token });
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}?round=${round}`, { headers: { authorization: `Bearer ${rig.standIn}` } });
      expect(await response.json()).toMatchObject({ code: 1000 });
    }
    expect(sandbox.requests.slice(1)).toEqual([
      { method: 'GET', path: quotaPath, hasAuthorization: true, hasApiKey: false },
      { method: 'GET', path: quotaPath, hasAuthorization: true, hasApiKey: false },
    ]);
    expect(rig.credentialCalls()).toBe(2);
    expect(rig.records.map((record) => record.path)).toEqual([quotaPath, quotaPath]);
  });

  it('passes Akool codes through and records them', async () => {
    rig = await startProxyRig(sandbox.baseUrl, { header: 'x-api-key', value: 'not-a-key-of-the-sandbox' });
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: rig.keyHeaders });
    expect(await response.json()).toEqual({ code: 1101, msg: 'invalid api key' });
    expect(rig.records).toEqual([{ method: 'GET', path: quotaPath, status: 200, akoolCode: 1101 }]);
  });

  it('answers 502 with a typed one-line reason when the app cannot give the credential, and sends nothing', async () => {
    rig = await startProxyRig(sandbox.baseUrl, { header: 'x-api-key', value: key }, { credential: () => Promise.reject(new Error(`renewal failed for ${key}`)) });
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: rig.keyHeaders });
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'credential-unavailable', message: "The app could not provide the account's key or token for this request." });
    expect(text).not.toContain('\n');
    expect(sandbox.requests).toEqual([]);
  });

  it('refuses the stand-in with 401 and the one-line reason once revoked', async () => {
    rig = await startProxyRig(sandbox.baseUrl, { header: 'x-api-key', value: key });
    rig.proxy.revoke('Stopped from the window.\nSecond line');
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: rig.keyHeaders });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'grant-revoked', message: 'The grant was revoked. Stopped from the window. Second line' });
    expect(sandbox.requests).toEqual([]);
    expect(rig.records).toEqual([{ method: 'GET', path: quotaPath, status: 401 }]);
  });

  it('closes its listener: later connections are refused', async () => {
    rig = await startProxyRig(sandbox.baseUrl, { header: 'x-api-key', value: key });
    const { baseUrl } = rig.proxy;
    await rig.proxy.close();
    rig = undefined;
    await expect(fetch(`${baseUrl}${quotaPath}`)).rejects.toThrow();
  });

  it('refuses to start on an upstream our client would refuse, a malformed stand-in or a bad allowed origin', async () => {
    const base = { standIn: 'a'.repeat(43), target: new URL(sandbox.baseUrl), credential: () => Promise.resolve({ header: 'x-api-key' as const, value: key }), secrets: () => [], allowOrigins: [], onRequest: () => undefined };
    await expect(startGrantProxy({ ...base, target: new URL('http://openapi.akool.example') })).rejects.toThrow(/base URL/);
    await expect(startGrantProxy({ ...base, target: new URL('https://user:pw@openapi.akool.example') })).rejects.toThrow(/base URL/);
    await expect(startGrantProxy({ ...base, standIn: 'short' })).rejects.toThrow(TypeError);
    await expect(startGrantProxy({ ...base, allowOrigins: ['null'] })).rejects.toThrow(TypeError);
  });
});

describe('grant proxy with a scripted upstream', () => {
  let server: HostileServer;
  let rig: ProxyRig | undefined;
  beforeEach(async () => {
    server = await startHostileServer();
  });
  afterEach(async () => {
    await rig?.proxy.close();
    rig = undefined;
    await server.close();
  });

  it('streams a request body upstream byte for byte and keeps the base URL’s path prefix', async () => {
    const prefixed = `${server.baseUrl}/prefix`;
    server.script(`/prefix${quotaPath}`, (request) => ({ kind: 'json', body: { code: 1000, size: request.body.length } }));
    rig = await startProxyRig(prefixed, { header: 'x-api-key', value: 'real-key-value' });
    const body = 'x'.repeat(3 * 1024 * 1024 + 7);
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { method: 'POST', headers: rig.keyHeaders, body });
    expect(await response.json()).toEqual({ code: 1000, size: body.length });
    expect(server.requests[0]?.body).toBe(body);
    expect(server.requests[0]?.headers['x-api-key']).toBe('real-key-value');
  });

  it('cuts off a request in flight when the grant is revoked, with 401 and the reason', async () => {
    server.script(quotaPath, () => ({ kind: 'hang' }));
    rig = await startProxyRig(server.baseUrl, { header: 'x-api-key', value: 'real-key-value' });
    const pending = fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: rig.keyHeaders });
    await waitFor(() => server.requests.length === 1);
    rig.proxy.revoke('Stopped.');
    const response = await pending;
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'grant-revoked', message: 'The grant was revoked. Stopped.' });
  });

  it('gives CORS headers to an allowed origin, on answers and preflights, and none of the server’s own', async () => {
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000 }, headers: { 'access-control-allow-origin': '*' } }));
    rig = await startProxyRig(server.baseUrl, { header: 'x-api-key', value: 'real-key-value' }, { allowOrigins: ['http://localhost:5173'] });
    const preflight = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-api-key');
    const response = await fetch(`${rig.proxy.baseUrl}${quotaPath}`, { headers: { ...rig.keyHeaders, origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(server.requests.map((request) => request.headers.origin)).toEqual([undefined]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('grant proxy when the child leaves', () => {
  it('drops the upstream request at once, long before any deadline', async () => {
    const upstreamSockets: Socket[] = [];
    const closed: Socket[] = [];
    const silent = createNetServer((socket) => {
      upstreamSockets.push(socket);
      socket.resume();
      socket.on('close', () => closed.push(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const rig = await startProxyRig(`http://127.0.0.1:${port}`, { header: 'x-api-key', value: 'real-key-value' }, { limits: { timeoutMs: 60_000 } });
    const child = connect(Number(new URL(rig.proxy.baseUrl).port), '127.0.0.1');
    child.write(`GET ${quotaPath} HTTP/1.1\r\nHost: ${new URL(rig.proxy.baseUrl).host}\r\nx-api-key: ${rig.standIn}\r\n\r\n`);
    await waitFor(() => upstreamSockets.length === 1);
    child.destroy();
    await waitFor(() => closed.length === 1);
    await waitFor(() => rig.records.length === 1);
    expect(rig.records).toEqual([{ method: 'GET', path: quotaPath, status: 0 }]);
    await rig.proxy.close();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
