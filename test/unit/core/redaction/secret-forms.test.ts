// Proves secretForms against Node's own encoders, byte by byte, and squeeze and foldAscii on short and long text at every character-class edge.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { foldAscii, secretForms, squeeze } from '../../../../main/core/redaction/secret-forms';

/** A–Z lowered, nothing else: what the forms are compared in. */
const lowerAscii = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** JSON string escaping as PHP and Python write it: `/` as `\/`, every UTF-16 unit above `~` as \uXXXX. */
const phpJson = (value: string): string =>
  JSON.stringify(value)
    .slice(1, -1)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Every form, from Node's Buffer encoders rather than the code under test. */
function expectedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const url = encodeURIComponent(secret);
  const forms = [secret, secret.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\s]+/gu, ' '), url, url.replace(/%20/g, '+'), JSON.stringify(secret).slice(1, -1), phpJson(secret), bytes.toString('hex')];
  for (let offset = 0; offset < Math.min(3, bytes.length); offset += 1) {
    forms.push(bytes.subarray(offset).toString('base64').replace(/=+$/, ''), bytes.subarray(offset).toString('base64url'));
  }
  return [...new Set(forms.map(lowerAscii))].sort();
}

describe('secretForms', () => {
  it.each([
    ['one byte', 'a'],
    ['two bytes', 'Zq'],
    ['ASCII with a slash, a space, a tilde, DEL, a tab and base64 + and / in its encodings', 'Ab/c ~\u007f\t>>>???'],
    ['only characters beyond ASCII', 'ÉÉ✓😀'],
    ['mixed, with an upper-case letter outside ASCII', 'kÉy-Value é'],
  ])('gives every form of %s, and nothing else', (_what, secret) => {
    expect([...secretForms(secret)].sort()).toEqual(expectedForms(secret));
  });

  it('collapses every run of spaces, controls and separators to one space, and writes a space as + in the form encoding', () => {
    const forms = secretForms('Ab\t\u007f\u2028 \u00adC d');
    expect(forms).toContain('ab c d');
    expect(forms).toContain('ab%09%7f%e2%80%a8+%c2%adc+d');
  });

  it('covers both base64 alphabets', () => {
    const forms = secretForms('>>>???');
    expect(forms).toContain('pj4+pz8/');
    expect(forms).toContain('pj4-pz8_');
  });
});

describe('foldAscii', () => {
  it('lowers A–Z only, on ASCII and on other text', () => {
    expect(foldAscii('AbZ@[`{')).toBe('abz@[`{');
    expect(foldAscii('ÉAB✓Cd')).toBe('Éab✓cd');
    expect(foldAscii('ÉÉ')).toBe('ÉÉ');
  });
});

describe('squeeze', () => {
  /** The characters at each edge of A–Z, a–z and 0–9, and some beyond ASCII. */
  const edges = '/09:@AZ[`az{ É✓\u200d-';
  const oracle = (text: string): string => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

  it('keeps only letters and digits, lowered, on short and on long text', () => {
    expect(squeeze(edges)).toBe('09azaz');
    const long = edges.repeat(80);
    expect(long.length).toBeGreaterThan(1024);
    expect(squeeze(long)).toBe(oracle(long));
    expect(squeeze(long)).toBe('09azaz'.repeat(80));
  });
});
