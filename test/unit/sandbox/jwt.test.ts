// Proves the sandbox's HS256 tokens verify only with their own key and unchanged content. Must not import main/.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, signJwt } from '../../sandbox/jwt';

const claims = { sub: '7', uid: '7', email: 'a@sandbox.test', iat: 1_700_000_000, exp: 1_700_003_600, jti: 'ab' };

describe('sandbox jwt', () => {
  it('produces a three-part HS256 token whose payload decodes to the claims', () => {
    const token = signJwt(randomBytes(32), claims);
    const [header, payload] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toEqual(claims);
  });

  it('verifies a token signed with the same key', () => {
    const key = randomBytes(32);
    expect(hasValidSignature(key, signJwt(key, claims))).toBe(true);
  });

  it('rejects a token signed with another key', () => {
    expect(hasValidSignature(randomBytes(32), signJwt(randomBytes(32), claims))).toBe(false);
  });

  it('rejects a token whose payload was changed after signing', () => {
    const key = randomBytes(32);
    const [header, , sig] = signJwt(key, claims).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: 9_999_999_999 })).toString('base64url');
    expect(hasValidSignature(key, `${header}.${forged}.${sig}`)).toBe(false);
  });

  it('rejects garbage', () => {
    expect(hasValidSignature(randomBytes(32), 'not-a-token')).toBe(false);
  });
});
