// Proves the CORS pieces: which --allow-origin values count, and what a preflight answer allows.
import { describe, expect, it } from 'vitest';
import { allowedOrigins, corsHeaders, preflightHeaders } from '../../../../main/node/proxy/cors';

describe('allowedOrigins', () => {
  it('keeps the serialized origin of each http(s) URL', () => {
    expect([...allowedOrigins(['http://localhost:5173/', 'https://Dev.Example:443/app'])]).toEqual(['http://localhost:5173', 'https://dev.example']);
  });

  it.each(['null', 'localhost:5173', 'file:///tmp/x', 'chrome-extension://abc', ''])('throws on %j before the proxy listens', (url) => {
    expect(() => allowedOrigins([url])).toThrow(TypeError);
  });
});

describe('preflightHeaders', () => {
  it('allows the origin, the forwarded methods and the asked headers, without credentials', () => {
    const headers = preflightHeaders('http://localhost:5173', 'x-api-key, Content-Type', false);
    expect(headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': 'x-api-key, Content-Type',
      vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
    expect(headers['access-control-allow-credentials']).toBeUndefined();
    expect(headers['access-control-allow-private-network']).toBeUndefined();
  });

  it('answers private-network access only when asked, and drops a malformed header list', () => {
    expect(preflightHeaders('http://localhost:5173', 'x-a\r\nSet-Cookie: a=1', true)).toMatchObject({ 'access-control-allow-private-network': 'true' });
    expect(preflightHeaders('http://localhost:5173', 'x-a\r\nSet-Cookie: a=1', true)['access-control-allow-headers']).toBeUndefined();
    expect(corsHeaders('http://localhost:5173')).toEqual({ 'access-control-allow-origin': 'http://localhost:5173', vary: 'Origin' });
  });
});
