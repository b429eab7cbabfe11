// Proves serverExcerpt bounds, scrubs, cuts and drops server text: nothing of a secret, token or piece survives.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { maxServerTextScan, serverExcerpt } from '../../../../main/core/redaction/server-excerpt';

describe('serverExcerpt', () => {
  it('gives null for non-strings, empty text and text that is only redactions', () => {
    for (const value of [undefined, null, 42, { msg: 'x' }, ['x'], '', '   ']) expect(serverExcerpt(value, [])).toBeNull();
    expect(serverExcerpt('s3cret-value', ['s3cret-value'])).toBeNull();
  });

  it('drops a message longer than the scan bound instead of scanning it', () => {
    expect(serverExcerpt('x '.repeat(maxServerTextScan / 2), [])).not.toBeNull();
    expect(serverExcerpt(`${'x '.repeat(maxServerTextScan / 2)}y`, [])).toBeNull();
  });

  it('turns control and invisible characters into spaces and collapses whitespace', () => {
    expect(serverExcerpt('  line one\r\nline\ttwo\u0000three\u202Efour\u2028five  ', [])).toBe('line one line two three four five');
  });

  it('keeps HTML as inert text but redacts secrets echoed back', () => {
    const secret = 'canary-secret-1234';
    expect(serverExcerpt(`<script>alert(1)</script> wrong secret ${secret}`, [secret])).toBe(
      '<script>alert(1)</script> wrong secret [redacted]',
    );
  });

  it('redacts a secret containing whitespace even when the server changed that whitespace', () => {
    expect(serverExcerpt('pass: two\twords ok', ['two words'])).toBe('pass: [redacted] ok');
  });

  it('redacts the request echoed back as JSON, URL-encoded or base64', () => {
    const secret = 'Sx9"q/w\\e+r t';
    const body = JSON.stringify({ clientId: 'c1', clientSecret: secret });
    for (const echo of [body, encodeURIComponent(body), Buffer.from(body).toString('base64')]) {
      const out = serverExcerpt(`you sent ${echo}`, [secret]) ?? '';
      expect(out).not.toContain('Sx9');
      expect(out).not.toContain(Buffer.from(secret).toString('base64').slice(0, 8));
    }
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
  });

  it('never cuts an astral character in half', () => {
    expect(serverExcerpt('😀'.repeat(300), [])).toBe(`${'😀'.repeat(199)}…`);
  });

  it('redacts before cutting so no secret prefix survives at the edge', () => {
    const secret = 'canary-secret-abcdef';
    const out = serverExcerpt(`${'z '.repeat(95)}${secret}`, [secret]) ?? '';
    expect(out).not.toContain('canary');
    expect(out.startsWith('z '.repeat(95))).toBe(true);
  });
});
