// Proves serverExcerpt bounds, scrubs, cuts and drops server text: nothing of a secret, token or piece survives, however split or escaped.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { maxServerTextScan, serverExcerpt } from '../../../../main/core/redaction/server-excerpt';

describe('serverExcerpt', () => {
  it('gives null for non-strings, empty text and text that is only redactions', () => {
    for (const value of [undefined, null, 42, { msg: 'x' }, ['x'], '', '   ']) expect(serverExcerpt(value, [])).toBeNull();
    expect(serverExcerpt('s3cret-value', ['s3cret-value'])).toBeNull();
    // Redactions nobody listed, with only spaces between them, leave nothing readable either.
    expect(serverExcerpt('c2VjcmV0LXRoYXQtbm9ib2R5 eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjF9.c2lnbmF0dXJl', [])).toBeNull();
    expect(serverExcerpt('c2VjcmV0LXRoYXQtbm9ib2R5', [])).toBeNull();
  });

  it('drops a message longer than the scan bound instead of scanning it', () => {
    expect(serverExcerpt('x '.repeat(maxServerTextScan / 2), [])).not.toBeNull();
    expect(serverExcerpt(`${'x '.repeat(maxServerTextScan / 2)}y`, [])).toBeNull();
  });

  it('collapses ordinary whitespace and drops text with control, invisible or non-ASCII characters', () => {
    expect(serverExcerpt('  line one\r\nline\ttwo  three ', [])).toBe('line one line two three');
    for (const odd of ['\u0000', '\u202E', '\u2028', '\u200B', '\u200D', '\u00A0', '\u0430', 'é', '😀', '\u007F']) {
      expect(serverExcerpt(`quota low${odd}ok`, []), JSON.stringify(odd)).toBeNull();
    }
  });

  it('drops text carrying an escape a reader could undo', () => {
    for (const escaped of ['&#90;', '&#x5A;', '&amp;', '&lt;b&gt;', '%2F', '%7a', '\\u0041', '\\x41', '\\U0041']) {
      expect(serverExcerpt(`bad key ${escaped} here`, []), escaped).toBeNull();
    }
    expect(serverExcerpt('50% done & 3 left; 100 %', [])).toBe('50% done & 3 left; 100 %');
    expect(serverExcerpt('at 100%a done', [])).toBe('at 100%a done');
  });

  it('keeps HTML as inert text but drops it all when it echoes a secret', () => {
    const secret = 'canary-secret-1234';
    expect(serverExcerpt('<script>alert(1)</script> wrong secret', [secret])).toBe('<script>alert(1)</script> wrong secret');
    expect(serverExcerpt(`<script>alert(1)</script> wrong secret ${secret}`, [secret])).toBeNull();
  });

  it('drops a secret containing whitespace even when the server changed that whitespace', () => {
    expect(serverExcerpt('pass: two\twords ok', ['two words'])).toBeNull();
    expect(serverExcerpt('pass: two\twirds ok', ['two words'])).toBe('pass: two wirds ok');
  });

  it('drops the request echoed back as JSON, URL-encoded or base64', () => {
    const secret = 'Sx9"q/w\\e+r t';
    const body = JSON.stringify({ clientId: 'c1', clientSecret: secret });
    for (const echo of [body, encodeURIComponent(body), Buffer.from(body).toString('base64')]) {
      expect(serverExcerpt(`you sent ${echo}`, [secret]), echo).toBeNull();
    }
  });

  it('drops a secret split into pieces shorter than any window, by any separator', () => {
    const secret = 'Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1Jd5';
    const chunks = (size: number, separator: string): string =>
      Array.from({ length: Math.ceil(secret.length / size) }, (_, index) => secret.slice(index * size, (index + 1) * size)).join(separator);
    const echoes = {
      '7-character chunks, spaces': chunks(7, ' '),
      '7-character chunks, dots': chunks(7, '.'),
      '4-character chunks, commas': chunks(4, ', '),
      'one character at a time, dashes': chunks(1, '-'),
      'one character at a time, spaces': chunks(1, ' '),
      'one character at a time, zero-width joiners': chunks(1, '\u200D'),
      'HTML numeric entities': Array.from(secret, (character) => `&#${character.charCodeAt(0)};`).join(''),
      'upper-case hex in chunks': Buffer.from(secret).toString('hex').toUpperCase().replace(/(.{7})/g, '$1 '),
      'a lone 8-character piece among words': `was ${secret.slice(9, 13)} ${secret.slice(13, 17)} wrong`,
    };
    for (const [name, echo] of Object.entries(echoes)) expect(serverExcerpt(`bad secret ${echo}`, [secret]), name).toBeNull();
    expect(serverExcerpt(`bad secret ${secret.slice(9, 16)}`, [secret])).toBe(`bad secret ${secret.slice(9, 16)}`);
  });

  it('redacts long key-like runs nobody listed, when in doubt', () => {
    expect(serverExcerpt('unknown key c2VjcmV0LXRoYXQtbm9ib2R5LWxpc3RlZA ok', [])).toBe('unknown key [redacted] ok');
    expect(serverExcerpt('short a1b2c3d4 stays', [])).toBe('short a1b2c3d4 stays');
  });

  it('caps the text at 200 characters, ending in an ellipsis when cut', () => {
    const out = serverExcerpt('x '.repeat(250), []) ?? '';
    expect(Array.from(out)).toHaveLength(200);
    expect(out.endsWith('…')).toBe(true);
    expect(serverExcerpt('y '.repeat(99) + 'y', [])).toBe('y '.repeat(99) + 'y');
    expect(serverExcerpt('w '.repeat(99) + 'ww', [])).toBe('w '.repeat(99) + 'ww');
  });

  it('redacts a JWT before cutting so no prefix of it survives at the edge', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjF9.c2lnbmF0dXJl';
    const out = serverExcerpt(`${'z '.repeat(95)}${jwt}`, []) ?? '';
    expect(out).not.toContain('eyJ');
    expect(out.startsWith('z '.repeat(95))).toBe(true);
  });
});
