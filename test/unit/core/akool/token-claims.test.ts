// Proves token shapes are checked without quoting the token, and JWT claims are read safely for display only.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { checkTokenShape, maxTokenLength, readTokenClaims } from '../../../../main/core/akool/token-claims';
import { maxEmailLength, maxUidLength } from '../../../../main/core/shared/identity-shapes';

const segment = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const jwtWithPayload = (payloadJson: string): string =>
  `${segment('{"alg":"HS256","typ":"JWT"}')}.${segment(payloadJson)}.${segment('signature')}`;
const jwt = (payload: unknown): string => jwtWithPayload(JSON.stringify(payload));
const noClaims = { expiresAt: null, issuedAt: null, email: null, uid: null };

describe('checkTokenShape', () => {
  it('accepts a printable token and returns it', () => {
    const token = jwt({ uid: 1 });
    expect(checkTokenShape(token)).toEqual({ ok: true, token });
    expect(checkTokenShape('x'.repeat(maxTokenLength))).toEqual({ ok: true, token: 'x'.repeat(maxTokenLength) });
  });

  it('rejects non-strings and empty strings', () => {
    for (const value of [undefined, null, 42, {}, ['a']]) expect(checkTokenShape(value)).toEqual({ ok: false, problem: 'not-text', reason: 'The token is not text.' });
    expect(checkTokenShape('')).toEqual({ ok: false, problem: 'empty', reason: 'The token is empty.' });
  });

  it('rejects tokens over 4 KiB as too long, so the pieces kept of remembered tokens stay bounded', () => {
    expect(maxTokenLength).toBe(4096);
    expect(checkTokenShape('x'.repeat(maxTokenLength + 1))).toEqual({ ok: false, problem: 'too-long', reason: 'The token is longer than 4 KiB.' });
  });

  it('rejects whitespace and control characters without quoting the token', () => {
    for (const token of ['canary-token\r\nX-Evil: 1', 'canary token', 'canary-token\t', 'canary\u0000token', 'canary\u200Btoken']) {
      const result = checkTokenShape(token);
      expect(result).toEqual({ ok: false, problem: 'whitespace-or-control', reason: 'The token contains whitespace or control characters.' });
      expect(JSON.stringify(result)).not.toContain('canary');
    }
  });

  it('rejects characters that cannot travel in an HTTP header', () => {
    expect(checkTokenShape('canary-tökén')).toEqual({ ok: false, problem: 'not-printable-ascii', reason: 'The token contains characters outside printable ASCII.' });
  });
});

describe('readTokenClaims', () => {
  it('reads exp and iat as epoch milliseconds, email and uid', () => {
    const claims = readTokenClaims(jwt({ exp: 1_900_000_000, iat: 1_700_000_000, email: 'ana@example.com', uid: 'u-1' }));
    expect(claims).toEqual({ expiresAt: 1_900_000_000_000, issuedAt: 1_700_000_000_000, email: 'ana@example.com', uid: 'u-1' });
  });

  it('stringifies a non-negative integer uid and drops other numbers', () => {
    expect(readTokenClaims(jwt({ uid: 42, email: 'zoe@example.com' }))).toEqual({ ...noClaims, uid: '42', email: 'zoe@example.com' });
    for (const uid of [-1, 1.5, 2 ** 60]) expect(readTokenClaims(jwt({ uid })).uid, String(uid)).toBeNull();
  });

  it('accepts an unsigned token with an empty third segment', () => {
    expect(readTokenClaims(`${segment('{"alg":"none"}')}.${segment('{"uid":"7"}')}.`).uid).toBe('7');
  });

  it('drops times that are not finite numbers in a sane range', () => {
    for (const exp of ['1900000000', -5, 0, 1e20, null, true, [1], { v: 1 }]) {
      expect(readTokenClaims(jwt({ exp, iat: exp })).expiresAt).toBeNull();
      expect(readTokenClaims(jwt({ exp, iat: exp })).issuedAt).toBeNull();
    }
    expect(readTokenClaims(jwtWithPayload('{"exp":1e400}')).expiresAt).toBeNull();
    expect(readTokenClaims(jwt({ exp: 253402300799, iat: 1 }))).toMatchObject({ expiresAt: 253402300799000, issuedAt: 1000 });
    expect(readTokenClaims(jwt({ exp: 253402300800 })).expiresAt).toBeNull();
  });

  it('drops emails and uids that are too long, empty, of the wrong type or contain control characters', () => {
    const longDomain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.${'g'.repeat(57)}.io`;
    expect(readTokenClaims(jwt({ email: `a@${longDomain}` })).email).toHaveLength(maxEmailLength);
    expect(readTokenClaims(jwt({ email: `ab@${longDomain}` })).email).toBeNull();
    expect(readTokenClaims(jwt({ email: 42 })).email).toBeNull();
    expect(readTokenClaims(jwt({ email: 'a@b.c\r\nX' })).email).toBeNull();
    expect(readTokenClaims(jwt({ uid: 'u'.repeat(maxUidLength + 1) })).uid).toBeNull();
    expect(readTokenClaims(jwt({ uid: 'u'.repeat(maxUidLength) })).uid).toHaveLength(maxUidLength);
    expect(readTokenClaims(jwt({ uid: '' })).uid).toBeNull();
    expect(readTokenClaims(jwt({ uid: { id: 1 } })).uid).toBeNull();
    expect(readTokenClaims(jwt({ uid: true })).uid).toBeNull();
  });

  it('keeps only a conservative ASCII address as the email', () => {
    for (const email of ['ana@example.com', 'a.b+tag@mail.example.co', 'x_y-z@sub-1.example.io', 'A1@B2.C3']) {
      expect(readTokenClaims(jwt({ email })).email, email).toBe(email);
    }
    const refused = [
      'zoë@example.com',
      'ana@localhost',
      'ana@@example.com',
      'ana@b@example.com',
      '@example.com',
      'ana@.example.com',
      'ana@example..com',
      'ana@example.com.',
      'ana smith@example.com',
      'ana@exa mple.com',
      'ana\u200d@example.com',
      '"ana"@example.com',
      'ana%40x@example.com',
      'ana@example.com/x',
      `${'a'.repeat(65)}@example.com`,
      `a@${'b'.repeat(64)}.com`,
      'Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1Jd5/"q\\+ =&é%',
    ];
    for (const email of refused) expect(readTokenClaims(jwt({ email })).email, email).toBeNull();
  });

  it('keeps only a short identifier as the uid', () => {
    for (const uid of ['u-1', 'A_b-9', '007']) expect(readTokenClaims(jwt({ uid })).uid, uid).toBe(uid);
    for (const uid of ['u 1', 'u.1', 'u@1', 'ü1', 'u\u200b1', 'u/1', 'u+1', 'u=1', 'a&#98;']) {
      expect(readTokenClaims(jwt({ uid })).uid, uid).toBeNull();
    }
  });

  it('gives all nulls for anything that is not a readable JWT, without throwing', () => {
    const garbage = [
      '',
      'not-a-jwt',
      'a.b',
      'a.b.c.d',
      `${segment('{}')}.!!!.${segment('x')}`,
      `${segment('{}')}.${segment('not json')}.x`,
      `${segment('{}')}.${segment('[1,2]')}.x`,
      `${segment('{}')}.${segment('null')}.x`,
      `${segment('{}')}.${segment('"text"')}.x`,
      `${segment('{}')}.${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.x`,
      `${segment('{}')}.a.x`,
      `x.${segment(JSON.stringify({ uid: 'u'.repeat(maxTokenLength) }))}.x`,
    ];
    for (const token of garbage) expect(readTokenClaims(token)).toEqual(noClaims);
  });

  it('ignores claims hidden under __proto__ and pollutes nothing', () => {
    const claims = readTokenClaims(jwtWithPayload('{"__proto__":{"email":"evil@example.com","exp":1900000000},"uid":"u"}'));
    expect(claims).toEqual({ ...noClaims, uid: 'u' });
    expect('email' in {}).toBe(false);
  });

  it('reads claims only from exactly three segments, even when the payload segment is readable', () => {
    const [header, payload] = jwt({ uid: 'u-1' }).split('.');
    expect(readTokenClaims(`${header}.${payload}.sig`).uid).toBe('u-1');
    for (const token of [`${header}.${payload}`, `${header}.${payload}.sig.extra`, `${header}.${payload}..`]) {
      expect(readTokenClaims(token), token).toEqual(noClaims);
    }
  });

  it('reads no claims from a token over 4 KiB, even when its payload is readable', () => {
    const readable = jwt({ uid: 'u-1' });
    const padTo = (length: number): string => `${readable}${'s'.repeat(length - readable.length)}`;
    expect(padTo(maxTokenLength)).toHaveLength(maxTokenLength);
    expect(readTokenClaims(padTo(maxTokenLength)).uid).toBe('u-1');
    expect(readTokenClaims(padTo(maxTokenLength + 1))).toEqual(noClaims);
  });
});
