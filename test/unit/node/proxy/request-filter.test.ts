// Proves filterRequest's order and outcomes: method, target form, Host, Origin, path, preflight, grant, revocation.
import { describe, expect, it } from 'vitest';
import { allowedOrigins } from '../../../../main/node/proxy/cors';
import type { GrantCheck } from '../../../../main/node/proxy/grant-check';
import { filterRequest, type FilterConfig } from '../../../../main/node/proxy/request-filter';

const port = 40123;
const host = ['Host', `127.0.0.1:${port}`];
const path = '/api/open/v3/faceswap/quota/info';
const granted = ['x-api-key', 'the-stand-in'];
const config = (overrides: Partial<FilterConfig> = {}): FilterConfig => ({
  port,
  allowOrigins: allowedOrigins(['http://localhost:5173']),
  grant: (raw): GrantCheck => (raw.includes('the-stand-in') ? 'granted' : raw.some((v) => /api-key|authorization/i.test(v)) ? 'wrong-grant' : 'no-grant'),
  revoked: () => null,
  ...overrides,
});
const decide = (method: string, target: string, rawHeaders: string[], overrides?: Partial<FilterConfig>) =>
  filterRequest({ method, target, rawHeaders }, config(overrides));

describe('filterRequest', () => {
  it('forwards a granted request for a path under /api/open/', () => {
    expect(decide('GET', `${path}?x=1`, [...host, ...granted])).toEqual({ kind: 'forward', path, query: '?x=1', origin: null });
    expect(decide('POST', path, ['host', `LOCALHOST:${port}`, ...granted])).toMatchObject({ kind: 'forward' });
  });

  it.each(['CONNECT', 'TRACE', 'TRACK', 'PROPFIND', 'get'])('refuses method %s', (method) => {
    expect(decide(method, path, [...host, ...granted])).toMatchObject({ kind: 'refuse', code: 'method-refused' });
  });

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])('forwards method %s', (method) => {
    expect(decide(method, path, [...host, ...granted])).toMatchObject({ kind: 'forward' });
  });

  it('refuses absolute-form first, before Host and Origin, and names no origin for it', () => {
    const absolute = `http://evil.test${path}`;
    expect(decide('GET', absolute, ['Host', 'evil.test', ...granted])).toEqual({ kind: 'refuse', code: 'not-origin-form', origin: null });
    expect(decide('GET', absolute, [...host, 'Origin', 'http://localhost:5173', ...granted])).toEqual({ kind: 'refuse', code: 'not-origin-form', origin: null });
  });

  it('refuses absolute-form even with the right Host and grant', () => {
    expect(decide('GET', `http://127.0.0.1:${port}${path}`, [...host, ...granted])).toMatchObject({ kind: 'refuse', code: 'not-origin-form' });
  });

  it.each([
    [['Host', `evil.test:${port}`]],
    [['Host', `127.0.0.1.evil.test:${port}`]],
    [['Host', '127.0.0.1']],
    [['Host', `127.0.0.1:${port + 1}`]],
    [['Host', `[::1]:${port}`]],
    [['Host', `127.0.0.2:${port}`]],
    [[]],
    [[...host, 'Host', 'evil.test']],
  ])('refuses Host %j (DNS rebinding)', (hostHeaders) => {
    expect(decide('GET', path, [...hostHeaders, ...granted])).toMatchObject({ kind: 'refuse', code: 'wrong-host' });
  });

  it('refuses every Origin but an allowed one, two Origins, and cross-site fetches without Origin', () => {
    for (const origin of ['https://evil.test', 'null', 'http://localhost:5174', 'http://localhost:5173/', 'HTTP://LOCALHOST:5173', 'http://127.0.0.1:5173']) {
      expect(decide('GET', path, [...host, 'Origin', origin, ...granted]), origin).toMatchObject({ kind: 'refuse', code: 'origin-refused' });
    }
    expect(decide('GET', path, [...host, 'Origin', 'http://localhost:5173', 'Origin', 'https://evil.test', ...granted])).toMatchObject({ code: 'origin-refused' });
    expect(decide('GET', path, [...host, 'Sec-Fetch-Site', 'cross-site', ...granted])).toMatchObject({ code: 'origin-refused' });
    expect(decide('GET', path, [...host, 'Sec-Fetch-Site', 'none', ...granted])).toMatchObject({ kind: 'forward' });
    for (const site of ['same-site', ' Cross-Site ']) {
      expect(decide('GET', path, [...host, 'Sec-Fetch-Site', site, ...granted]), site).toMatchObject({ code: 'origin-refused' });
    }
    expect(decide('GET', path, [...host, 'Origin', 'https://evil.test', ...granted], { allowOrigins: allowedOrigins([]) })).toMatchObject({ code: 'origin-refused' });
  });

  it('forwards an allowed origin with its name, so the answer carries CORS headers', () => {
    expect(decide('GET', path, [...host, 'Origin', 'http://localhost:5173', ...granted])).toEqual({ kind: 'forward', path, query: '', origin: 'http://localhost:5173' });
  });

  it('answers a preflight from an allowed origin without a grant, but not from another', () => {
    const preflight = [...host, 'Origin', 'http://localhost:5173', 'Access-Control-Request-Method', 'POST', 'Access-Control-Request-Headers', 'x-api-key, content-type'];
    expect(decide('OPTIONS', path, preflight)).toEqual({ kind: 'preflight', origin: 'http://localhost:5173', requestedHeaders: 'x-api-key, content-type', privateNetwork: false });
    expect(decide('OPTIONS', path, [...preflight, 'Access-Control-Request-Private-Network', 'true'])).toMatchObject({ privateNetwork: true });
    expect(decide('OPTIONS', path, preflight.map((v) => (v === 'http://localhost:5173' ? 'https://evil.test' : v)))).toMatchObject({ code: 'origin-refused' });
    expect(decide('OPTIONS', '/api/other', preflight)).toMatchObject({ code: 'outside-api' });
    // Only an OPTIONS from an allowed Origin that names a method is a preflight; anything else needs the grant.
    const withoutOrigin = preflight.filter((v) => v !== 'Origin' && v !== 'http://localhost:5173');
    expect(decide('OPTIONS', path, withoutOrigin)).toMatchObject({ kind: 'refuse', origin: null });
    const withoutMethod = preflight.filter((v) => v !== 'Access-Control-Request-Method' && v !== 'POST');
    expect(decide('OPTIONS', path, withoutMethod)).toMatchObject({ kind: 'refuse', origin: 'http://localhost:5173' });
    expect(decide('POST', path, preflight)).toMatchObject({ kind: 'refuse', origin: 'http://localhost:5173' });
  });

  it('refuses paths after Host and Origin, then a missing or wrong grant, then a revoked one with its reason', () => {
    expect(decide('GET', '/api/open/../x', [...host, ...granted])).toMatchObject({ kind: 'refuse', code: 'bad-path' });
    expect(decide('GET', '/admin', [...host, ...granted])).toMatchObject({ kind: 'refuse', code: 'outside-api' });
    expect(decide('GET', '/admin', ['Host', 'evil.test', ...granted])).toMatchObject({ kind: 'refuse', code: 'wrong-host' });
    expect(decide('GET', '/admin', [...host, 'Origin', 'http://localhost:5173', ...granted])).toEqual({ kind: 'refuse', code: 'outside-api', origin: 'http://localhost:5173' });
    expect(decide('GET', path, host)).toMatchObject({ kind: 'refuse', code: 'no-grant' });
    expect(decide('GET', path, [...host, 'x-api-key', 'guess'])).toMatchObject({ kind: 'refuse', code: 'wrong-grant' });
    expect(decide('GET', path, [...host, ...granted], { revoked: () => 'Stopped.' })).toEqual({ kind: 'refuse', code: 'grant-revoked', origin: null, detail: 'Stopped.' });
    expect(decide('GET', path, host, { revoked: () => 'Stopped.' })).toMatchObject({ code: 'no-grant' });
  });
});
