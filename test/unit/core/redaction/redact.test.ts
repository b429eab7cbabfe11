// Proves redact removes secrets (whole and in pieces, in every echoed form), JWTs, Bearer and credential field values, completely.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { mergeSpans, redact } from '../../../../main/core/redaction/redact';

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyfQ.c2lnbmF0dXJl';

describe('redact', () => {
  it('replaces every occurrence of each secret', () => {
    expect(redact('a s3cret-value b s3cret-value c', ['s3cret-value'])).toBe('a [redacted] b [redacted] c');
  });

  it('ignores empty secrets and secrets shorter than 4 characters', () => {
    expect(redact('abc and abcd', ['', 'abc'])).toBe('abc and abcd');
    expect(redact('abc and abcd', ['abcd'])).toBe('abc and [redacted]');
  });

  it('covers overlapping secrets completely', () => {
    expect(redact('xxABCDEFGHyy', ['ABCDEF', 'DEFGH'])).toBe('xx[redacted]yy');
  });

  it('covers overlapping occurrences of one secret', () => {
    expect(redact('aaaaaa!', ['aaaa'])).toBe('[redacted]!');
  });

  it('replaces any 8-character piece of a secret, and nothing shorter', () => {
    const secret = 'Qx7pLm2Zr9Tk4Wv';
    expect(redact(`got ${secret.slice(3, 11)} here`, [secret])).toBe('got [redacted] here');
    expect(redact(`got ${secret.slice(3, 10)} here`, [secret])).toBe(`got ${secret.slice(3, 10)} here`);
  });

  it('replaces the secret URL-encoded, form-encoded, JSON-escaped, base64, base64url and hex, and pieces of them', () => {
    const secret = 'p@ss/wörd "quoted" \\ 100%+more';
    const forms = [
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
      encodeURIComponent(secret).replace(/%20/g, '+'),
      JSON.stringify(secret).slice(1, -1),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      Buffer.from(secret.slice(5)).toString('base64'),
      Buffer.from(secret.slice(7, 20)).toString('base64url'),
      Buffer.from(secret).toString('hex').toUpperCase(),
    ];
    for (const form of forms) {
      const out = redact(`echo: ${form} :end`, [secret]);
      expect(out.startsWith('echo: '), form).toBe(true);
      expect(out.endsWith(' :end'), form).toBe(true);
      for (let at = 0; at + 8 <= form.length; at += 1) expect(out, form).not.toContain(form.slice(at, at + 8));
    }
  });

  it('replaces the JWT signature alone, in plain and base64 forms, when told the token', () => {
    const signature = jwt.split('.')[2] ?? '';
    expect(redact(`sig=${signature}`, [jwt])).toBe('sig=[redacted]');
    expect(redact(`sig ${Buffer.from(signature).toString('base64')}`, [jwt])).toBe('sig [redacted]');
    expect(redact(`sig ${encodeURIComponent(signature.slice(2))}!`, [jwt])).toBe('sig [redacted]!');
  });

  it('replaces JWT-shaped strings without being told about them', () => {
    expect(redact(`token=${jwt}; next`, [])).toBe('token=[redacted]; next');
    expect(redact(`eyJa..eyJb.c.d rest`, [])).toBe('eyJa..[redacted] rest');
    expect(redact('eyJonly.one', [])).toBe('eyJonly.one');
  });

  it('redacts a JWT that comes before a secret as well as the secret (spans are sorted before merging)', () => {
    const secret = 'canary-secret-0123456789';
    expect(redact(`${jwt} then ${secret}`, [secret])).toBe('[redacted] then [redacted]');
  });

  it('replaces Bearer values, case-insensitively, keeping the scheme word, whatever the spacing', () => {
    expect(redact('Authorization: Bearer abc.def-123 end', [])).toBe('Authorization: Bearer [redacted] end');
    expect(redact('"bearer xyz"', [])).toBe('"bearer [redacted]"');
    expect(redact('Bearer  two-spaces-value end', [])).toBe('Bearer  [redacted] end');
    expect(redact('Bearer\tTAB-value', [])).toBe('Bearer\t[redacted]');
  });

  it.each([
    ['x-api-key: abcdef123456', 'x-api-key: [redacted]'],
    ['X-Api-Key=abcdef123456;', 'X-Api-Key=[redacted];'],
    ['api_key=abcdef123456&x=1', 'api_key=[redacted]'],
    ['api-key: abcdef123456', 'api-key: [redacted]'],
    ['apikey:abcdef123456', 'apikey:[redacted]'],
    ["client_secret='s3cr3t-value'", "client_secret='[redacted]'"],
    ['client_secret = s3cr3t-value', 'client_secret = [redacted]'],
    ['"clientSecret":"s3cr3t-value"', '"clientSecret":"[redacted]"'],
    ['client-secret: s3cr3t-value', 'client-secret: [redacted]'],
    ['authorization: Basic dXNlcjpwYXNz', 'authorization: Basic [redacted]'],
    ['Proxy-Authorization: Digest abcdef', 'Proxy-Authorization: Digest [redacted]'],
    ['authorization=Token abcdef', 'authorization=Token [redacted]'],
  ])('replaces the whole credential value in %s', (input, expected) => {
    expect(redact(input, [])).toBe(expected);
  });

  it('leaves text without secrets unchanged', () => {
    expect(redact('nothing to hide here', ['canary-secret'])).toBe('nothing to hide here');
  });
});

describe('mergeSpans', () => {
  it('sorts spans and merges the ones that touch or overlap', () => {
    expect(mergeSpans([{ start: 10, end: 12 }, { start: 0, end: 3 }, { start: 2, end: 5 }, { start: 12, end: 14 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 14 },
    ]);
  });
});
