// Proves the harness HTTP server over real loopback: guards, static files, bridge script, invoke and events. Must not import main/compose-vault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../../main/node/console-logger';
import { loadRendererBuild } from '../../harness/renderer-build';
import { serveHarness, type ServedHarness } from '../../harness/serve-harness';
import { readCapabilityFragment } from '../../harness/wire';
import { rawRequest, type RawRequest } from './raw-request';
import { createRecordingRuntime, emptyState } from './recording-runtime';
import { createRendererFixture, type RendererFixture } from './renderer-fixture';

let fixture: RendererFixture;
let served: ServedHarness;
let capability: string;
const runtime = createRecordingRuntime();
const logLines: string[] = [];

beforeAll(async () => {
  fixture = createRendererFixture();
  served = await serveHarness({
    runtime,
    renderer: loadRendererBuild(fixture.rendererDir),
    logger: createConsoleLogger((line) => logLines.push(line)),
  });
  capability = readCapabilityFragment(new URL(served.url).hash) ?? '';
});

afterAll(async () => {
  await served.close();
  fixture.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) => rawRequest({ origin: served.origin, path, headers });

const invoke = (overrides: Partial<RawRequest> = {}, extraHeaders: Record<string, string> = {}) =>
  rawRequest({
    origin: served.origin,
    path: '/__vault/invoke',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-harness-capability': capability, ...extraHeaders },
    body: JSON.stringify({ channel: 'vault:getState', input: {} }),
    ...overrides,
  });

describe('harness address', () => {
  it('serves on 127.0.0.1 with the capability in the URL fragment', () => {
    expect(served.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(served.url).toBe(`${served.origin}/#cap=${capability}`);
    expect(capability).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('harness static files', () => {
  it('serves the edited index.html at / and /index.html', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<script src="/__harness/bridge.js"></script></head>');
      expect(response.body).toContain("connect-src 'self'");
      expect(response.body).not.toContain("connect-src 'none'");
    }
  });

  it('serves assets with their content types', async () => {
    const cases = [
      ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log("app");\n'],
      ['/assets/app.css', 'text/css; charset=utf-8', 'body { margin: 0 }\n'],
      ['/assets/logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>\n'],
    ];
    for (const [path = '', type, body] of cases) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.body).toBe(body);
    }
  });

  it.each(['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets', '/missing.js'])(
    'answers 404 for %j without leaking the file beside the build',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).toBe('');
      expect(response.body).not.toContain(fixture.outsideSecret);
    },
  );

  it('refuses other methods on static paths with 405', async () => {
    expect((await rawRequest({ origin: served.origin, path: '/index.html', method: 'POST' })).status).toBe(405);
  });
});

describe('harness guards', () => {
  it('sets the security headers on every response, refusals included', async () => {
    const responses = await Promise.all([get('/'), get('/__harness/bridge.js'), get('/nope'), invoke(), invoke({ headers: {} })]);
    for (const response of responses) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('refuses a wrong Host on every path with 403', async () => {
    for (const hostHeader of ['localhost:1', 'attacker.example', `localhost:${new URL(served.origin).port}`]) {
      expect((await get('/', { host: hostHeader })).status).toBe(403);
      expect((await get('/__harness/bridge.js', { host: hostHeader })).status).toBe(403);
      expect((await invoke({}, { host: hostHeader })).status).toBe(403);
    }
  });

  it('refuses a missing or wrong capability with 403 and an empty body', async () => {
    const before = runtime.calls.length;
    const missing = await invoke({ headers: { 'content-type': 'application/json' } });
    const wrong = await invoke({}, { 'x-harness-capability': 'ab'.repeat(32) });
    const events = await get('/__vault/events', { 'x-harness-capability': 'ab'.repeat(32) });
    for (const response of [missing, wrong, events]) {
      expect(response.status).toBe(403);
      expect(response.body).toBe('');
    }
    expect(runtime.calls.length).toBe(before);
    expect(logLines.some((line) => line.includes('harness refused a transport request'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(capability);
  });

  it('refuses a foreign Origin with 403', async () => {
    expect((await invoke({}, { origin: 'http://attacker.example' })).status).toBe(403);
  });

  it('refuses a non-JSON content type with 400 and a malformed body with 400', async () => {
    expect((await invoke({}, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await invoke({ body: '{"channel":' })).status).toBe(400);
    expect((await invoke({ body: '{"input":{}}' })).status).toBe(400);
  });

  it('refuses a body over 64 KiB with 413 without dispatching', async () => {
    const before = runtime.calls.length;
    const body = JSON.stringify({ channel: 'vault:addAccount', input: { pad: 'x'.repeat(64 * 1024) } });
    expect((await invoke({ body })).status).toBe(413);
    expect(runtime.calls.length).toBe(before);
  });
});

describe('harness transport', () => {
  it('dispatches an invoke and answers the envelope as JSON', async () => {
    const response = await invoke({ body: JSON.stringify({ channel: 'vault:getState', input: { probe: 1 } }) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({ ok: true, data: emptyState });
    expect(runtime.calls.at(-1)).toEqual({ channel: 'vault:getState', input: { probe: 1 } });
  });

  it('serves the bundled bridge as a classic script', async () => {
    const response = await get('/__harness/bridge.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toMatch(/^\(function\(\) \{\n/);
    expect(response.body).toMatch(/\n\}\)\(\);\n$/);
    expect(response.body).not.toMatch(/^\s*(import|export)\s/m);
    expect(response.body).toContain('/__vault/invoke');
  });

  it('streams push events as JSON lines to a guarded subscriber', async () => {
    const response = await fetch(`${served.origin}/__vault/events`, { headers: { 'x-harness-capability': capability } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const reader = response.body?.getReader();
    if (reader === undefined) throw new Error('no body');
    runtime.emit('vault-event:clipboardCleared', { reason: 'timeout' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('{"channel":"vault-event:clipboardCleared","payload":{"reason":"timeout"}}\n');
    await reader.cancel();
  });
});
