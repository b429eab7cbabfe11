// Proves the header swap: upstream gets exactly one real credential and none of the child's credentials or hop-by-hop headers; the child gets screened answer headers without hop-by-hop, length, encoding or CORS ones.
import { describe, expect, it } from 'vitest';
import { childHeaders, credentialHeaderValue, credentialSecret, declaredLength, upstreamHeaders } from '../../../../main/node/proxy/header-swap';

const standIn = 'S'.repeat(43);
const childRaw = [
  'Host', '127.0.0.1:5000',
  'X-Api-Key', standIn,
  'Authorization', `Bearer ${standIn}`,
  'x-api-key', 'second',
  'Content-Type', 'application/json',
  'Content-Length', '12',
  'Connection', 'keep-alive, X-Hop',
  'X-Hop', 'gone',
  'Keep-Alive', 'timeout=5',
  'Proxy-Authorization', 'Basic abc',
  'Proxy-Connection', 'keep-alive',
  'TE', 'trailers',
  'Trailer', 'X-T',
  'Transfer-Encoding', 'chunked',
  'Upgrade', 'websocket',
  'Origin', 'http://localhost:5173',
  'Accept-Encoding', 'gzip, br',
  'Expect', '100-continue',
  'X-Trace', 'a',
  'x-trace', 'b',
];

describe('upstreamHeaders', () => {
  it('sends exactly the real key as x-api-key, never Authorization, and strips every child credential and hop-by-hop header', () => {
    const headers = upstreamHeaders(childRaw, { header: 'x-api-key', value: 'real-key' }, '12');
    expect(headers).toEqual({
      'x-api-key': 'real-key',
      'content-type': 'application/json',
      'content-length': '12',
      'accept-encoding': 'identity',
      'x-trace': ['a', 'b'],
    });
  });

  it('sends exactly one Bearer token, never x-api-key, whether the token comes bare or with its scheme', () => {
    for (const value of ['real.token.sig', 'Bearer real.token.sig']) {
      const headers = upstreamHeaders(childRaw, { header: 'authorization', value }, undefined);
      expect(headers.authorization).toBe('Bearer real.token.sig');
      expect(headers['x-api-key']).toBeUndefined();
      expect(headers['content-length']).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(standIn);
    }
  });

  it('names the secret each credential carries', () => {
    expect(credentialSecret({ header: 'authorization', value: 'Bearer tok' })).toBe('tok');
    expect(credentialSecret({ header: 'authorization', value: 'tok' })).toBe('tok');
    expect(credentialSecret({ header: 'x-api-key', value: 'key' })).toBe('key');
    expect(credentialHeaderValue({ header: 'x-api-key', value: 'key' })).toBe('key');
  });

  it('strips only a leading Bearer scheme, and only from a token', () => {
    expect(credentialSecret({ header: 'authorization', value: 'bearer   tok' })).toBe('tok');
    expect(credentialSecret({ header: 'authorization', value: 'tokBearer x' })).toBe('tokBearer x');
    expect(credentialSecret({ header: 'x-api-key', value: 'Bearer key' })).toBe('Bearer key');
    expect(credentialHeaderValue({ header: 'authorization', value: 'tokBearer x' })).toBe('Bearer tokBearer x');
  });

  it('adds no Content-Length when the child declared none, and ignores a name without a value', () => {
    const headers = upstreamHeaders(['X-A', '1', 'X-A', '2', 'X-A', '3', 'X-Dangling'], { header: 'x-api-key', value: 'k' }, undefined);
    expect(Object.keys(headers).sort()).toEqual(['accept-encoding', 'x-a', 'x-api-key']);
    expect(headers['x-a']).toEqual(['1', '2', '3']);
  });
});

describe('childHeaders', () => {
  const answerRaw = [
    'Content-Type', 'application/json',
    'Content-Length', '99',
    'Content-Encoding', 'identity',
    'Connection', 'close, X-Named',
    'X-Named', 'gone',
    'Keep-Alive', 'timeout=5',
    'Transfer-Encoding', 'chunked',
    'Trailer', 'X-T',
    'Upgrade', 'h2c',
    'Proxy-Authenticate', 'Basic',
    'Access-Control-Allow-Origin', '*',
    'Access-Control-Allow-Credentials', 'true',
    'Set-Cookie', 'a=1',
    'Set-Cookie', 'b=2',
    'Location', 'https://elsewhere.test/next',
  ];

  it('keeps end-to-end headers (repeats too) and drops hop-by-hop, length, encoding and the server’s CORS headers', () => {
    expect(childHeaders(answerRaw, (text) => text)).toEqual({
      'content-type': 'application/json',
      'set-cookie': ['a=1', 'b=2'],
      location: 'https://elsewhere.test/next',
    });
  });

  it('screens names and values as one text, one per line, and refuses the lot when the screen refuses', () => {
    const seen: string[] = [];
    const screened = childHeaders(['X-A', 'one', 'X-B', 'two'], (text) => {
      seen.push(text);
      return text.replace('two', 'stand-in');
    });
    expect(seen).toEqual(['x-a\none\nx-b\ntwo']);
    expect(screened).toEqual({ 'x-a': 'one', 'x-b': 'stand-in' });
    expect(childHeaders(['X-A', 'one'], () => null)).toBeNull();
    expect(childHeaders(['Content-Length', '5', 'Connection', 'close'], () => null)).toEqual({});
    expect(childHeaders(['X-A', 'one'], () => 'x-a\none\nextra')).toBeNull();
  });

  it('ignores a name without a value', () => {
    expect(childHeaders(['X-A', 'one', 'X-Dangling'], (text) => text)).toEqual({ 'x-a': 'one' });
    expect(childHeaders(['X-A', 'one', 'X-B', 'two'], () => 'x-a\none\nx-b')).toBeNull();
  });
});

describe('declaredLength', () => {
  it('reads one plain number of at most 16 digits, and nothing else', () => {
    expect(declaredLength({ 'content-length': '0' })).toBe(0);
    expect(declaredLength({ 'content-length': '1234567890123456' })).toBe(1234567890123456);
    for (const value of [undefined, '', '12345678901234567', '-1', '1e3', ' 12', '12 ', 'x12', '12x', '0x10']) {
      expect(declaredLength({ 'content-length': value }), String(value)).toBeNull();
    }
  });
});
