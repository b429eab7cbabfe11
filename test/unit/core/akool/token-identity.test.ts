// Proves screenIdentity drops an email or uid claim that carries any piece of a secret or of the token, plainly or among its letters and digits.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { screenIdentity } from '../../../../main/core/akool/token-identity';

const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>): string => `${segment({ alg: 'HS256' })}.${segment(claims)}.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg`;
const secret = 'Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1Jd5';
const other = 'older-secret-Qa1Ws2Ed3Rf4';

describe('screenIdentity', () => {
  it('keeps well-shaped claims that carry no secret', () => {
    expect(screenIdentity(jwt({ email: 'ana@example.com', uid: 'u-42' }), [secret, other])).toEqual({ email: 'ana@example.com', uid: 'u-42' });
  });

  it('drops a claim that carries a secret plainly, in pieces or between separators, never redacting it', () => {
    const pieces = {
      email: `${secret.slice(0, 7)}.${secret.slice(7, 14)}@${secret.slice(14, 21)}.example`,
      uid: `${secret.slice(2, 6)}_${secret.slice(6, 10)}-${secret.slice(10, 14)}`,
    };
    expect(screenIdentity(jwt({ email: `${secret}@example.com`, uid: secret }), [secret])).toEqual({ email: null, uid: null });
    expect(screenIdentity(jwt(pieces), [secret])).toEqual({ email: null, uid: null });
    expect(screenIdentity(jwt(pieces), [other])).toEqual(pieces);
  });

  it('drops a claim carrying any secret it is given, or a piece of the token itself', () => {
    expect(screenIdentity(jwt({ uid: 'Qa1Ws2Ed3Rf4' }), [secret, other]).uid).toBeNull();
    expect(screenIdentity(jwt({ uid: 'c2lnbmF0dXJlLW9m' }), []).uid).toBeNull();
  });

  it('keeps the shape check: a claim of the wrong shape is null even without secrets', () => {
    expect(screenIdentity(jwt({ email: 'not an address', uid: 'has space' }), [])).toEqual({ email: null, uid: null });
  });
});
