// Proves redact removes secrets, JWTs and Bearer values, and safeServerText makes server text inert and short.
import { describe, expect, it } from 'vitest';
import { redact, safeServerText } from '../../../main/core/redact';

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
    const out = redact('xxABCDEFGHyy', ['ABCDEF', 'DEFGH']);
    expect(out).toBe('xx[redacted]yy');
  });

  it('covers overlapping occurrences of one secret', () => {
    expect(redact('aaaaaa!', ['aaaa'])).toBe('[redacted]!');
  });

  it('replaces JWT-shaped strings without being told about them', () => {
    expect(redact(`token=${jwt}; next`, [])).toBe('token=[redacted]; next');
  });

  it('replaces Bearer values, case-insensitively, keeping the scheme word', () => {
    expect(redact('Authorization: Bearer abc.def-123 end', [])).toBe('Authorization: Bearer [redacted] end');
    expect(redact('"bearer xyz"', [])).toBe('"bearer [redacted]"');
  });

  it('leaves text without secrets unchanged', () => {
    expect(redact('nothing to hide here', ['canary-secret'])).toBe('nothing to hide here');
  });
});

describe('safeServerText', () => {
  it('gives an empty string for non-strings', () => {
    for (const value of [undefined, null, 42, { msg: 'x' }, ['x']]) expect(safeServerText(value, [])).toBe('');
  });

  it('turns control and invisible characters into spaces and collapses whitespace', () => {
    expect(safeServerText('  line one\r\nline\ttwo\u0000three\u202Efour\u2028five  ', [])).toBe(
      'line one line two three four five',
    );
  });

  it('keeps HTML as inert text but redacts secrets echoed back', () => {
    const secret = 'canary-secret-1234';
    const out = safeServerText(`<script>alert(1)</script> wrong secret ${secret}`, [secret]);
    expect(out).toBe('<script>alert(1)</script> wrong secret [redacted]');
  });

  it('redacts a secret containing whitespace even when the server changed that whitespace', () => {
    expect(safeServerText('pass: two\twords ok', ['two words'])).toBe('pass: [redacted] ok');
  });

  it('caps the text at 200 characters, ending in an ellipsis when cut', () => {
    const out = safeServerText('x'.repeat(500), []);
    expect(Array.from(out)).toHaveLength(200);
    expect(out.endsWith('x…')).toBe(true);
    expect(safeServerText('y'.repeat(200), [])).toBe('y'.repeat(200));
  });

  it('never cuts an astral character in half', () => {
    const out = safeServerText('😀'.repeat(300), []);
    expect(out).toBe(`${'😀'.repeat(199)}…`);
  });

  it('redacts before cutting so no secret prefix survives at the edge', () => {
    const secret = 'canary-secret-abcdef';
    const out = safeServerText(`${'z'.repeat(190)}${secret}`, [secret]);
    expect(out).not.toContain('canary');
    expect(out.startsWith('z'.repeat(190))).toBe(true);
  });
});
