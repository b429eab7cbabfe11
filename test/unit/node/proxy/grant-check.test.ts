// Proves the grant check accepts the stand-in only, as x-api-key or Bearer, and refuses any other or additional credential.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGrantCheck } from '../../../../main/node/proxy/grant-check';

const standIn = randomBytes(32).toString('base64url');
const check = createGrantCheck(standIn);

describe('createGrantCheck', () => {
  it('accepts the stand-in as x-api-key, as Bearer (scheme in any case), or as both', () => {
    expect(check(['X-Api-Key', standIn])).toBe('granted');
    expect(check(['Authorization', `Bearer ${standIn}`])).toBe('granted');
    expect(check(['authorization', `bearer  ${standIn}`])).toBe('granted');
    expect(check(['x-api-key', standIn, 'authorization', `Bearer ${standIn}`])).toBe('granted');
  });

  it('says when no credential came at all', () => {
    expect(check([])).toBe('no-grant');
    expect(check(['host', '127.0.0.1:1', 'cookie', standIn])).toBe('no-grant');
  });

  it('refuses another value, a prefix, a longer value, another scheme, or a second header that is not the stand-in', () => {
    const other = randomBytes(32).toString('base64url');
    for (const headers of [
      ['x-api-key', other],
      ['x-api-key', standIn.slice(0, -1)],
      ['x-api-key', `${standIn}x`],
      ['x-api-key', ''],
      ['authorization', standIn],
      ['authorization', `Basic ${standIn}`],
      ['authorization', `Bearer ${standIn} extra`],
      ['x-api-key', standIn, 'x-api-key', other],
      ['x-api-key', standIn, 'authorization', `Bearer ${other}`],
      ['authorization', `Bearer ${standIn}`, 'authorization', 'Bearer real-looking-token'],
    ]) {
      expect(check(headers), JSON.stringify(headers)).toBe('wrong-grant');
    }
  });

  it('refuses to start with a stand-in that is not 32 random bytes in base64url', () => {
    for (const bad of ['', 'short', `${standIn}=`, standIn.replace(/.$/, '+')]) expect(() => createGrantCheck(bad)).toThrow(TypeError);
  });
});
