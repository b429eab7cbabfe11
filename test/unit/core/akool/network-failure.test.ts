// Proves network error details come only from well-formed error codes, never from messages.
import { describe, expect, it } from 'vitest';
import { describeNetworkError } from '../../../../main/core/akool/network-failure';

const secret = 'canary-secret-network';

describe('describeNetworkError', () => {
  it('uses a Node system error code', () => {
    expect(describeNetworkError(Object.assign(new Error(`connect failed ${secret}`), { code: 'ECONNREFUSED' }))).toBe(
      'network error (ECONNREFUSED)',
    );
  });

  it('uses the code of the cause, as undici reports it', () => {
    const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(describeNetworkError(new TypeError('fetch failed', { cause }))).toBe('network error (UND_ERR_SOCKET)');
  });

  it('uses a Chromium net error when it is the whole message', () => {
    expect(describeNetworkError(new Error('net::ERR_CONNECTION_RESET'))).toBe('network error (ERR_CONNECTION_RESET)');
  });

  it('ignores messages and malformed codes that could carry the request', () => {
    expect(describeNetworkError(new Error(`posting {"clientSecret":"${secret}"}`))).toBe('network error');
    expect(describeNetworkError(new Error(`net::ERR_FAILED ${secret}`))).toBe('network error');
    expect(describeNetworkError(Object.assign(new Error('x'), { code: `E ${secret}` }))).toBe('network error');
    expect(describeNetworkError(secret)).toBe('network error');
    expect(describeNetworkError(null)).toBe('network error');
  });
});
