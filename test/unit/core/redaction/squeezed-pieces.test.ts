// Proves carriesSqueezedPiece finds a secret hidden by separators among letters and digits, and nothing shorter than a window.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { carriesSqueezedPiece, squeeze, squeezedPieceLength } from '../../../../main/core/redaction/squeezed-pieces';

const secret = 'Zx9Qk2Lm7Pw4Rt8Yv3Nb6Hc1Jd5';

describe('squeeze', () => {
  it('keeps only ASCII letters and digits, lower-cased', () => {
    expect(squeeze('Zx9-Q k2\u200DL.m&é%7')).toBe('zx9qk2lm7');
  });
});

describe('carriesSqueezedPiece', () => {
  it('finds any 8 letters and digits of the secret in a row, whatever stands between them', () => {
    const piece = secret.slice(5, 5 + squeezedPieceLength);
    for (const text of [piece, Array.from(piece).join(' '), Array.from(piece).join('\u200B'), `${piece.slice(0, 3)}--${piece.slice(3)}`]) {
      expect(carriesSqueezedPiece(`see ${text} here`, [secret]), JSON.stringify(text)).toBe(true);
    }
  });

  it('finds the secret in its other forms, squeezed the same way', () => {
    const forms = [Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex').toUpperCase(), encodeURIComponent(`${secret}/`)];
    for (const form of forms) expect(carriesSqueezedPiece(Array.from(form).join(' '), [secret]), form).toBe(true);
  });

  it('ignores ASCII case and finds a short secret only whole', () => {
    expect(carriesSqueezedPiece(secret.slice(0, 12).toLowerCase(), [secret])).toBe(true);
    expect(carriesSqueezedPiece('a b-c.d', ['abcd'])).toBe(true);
    expect(carriesSqueezedPiece('a b-c', ['abcd'])).toBe(false);
  });

  it('misses 7 letters and digits in a row, and secrets under 4 characters', () => {
    expect(carriesSqueezedPiece(`x ${secret.slice(3, 10)} y`, [secret])).toBe(false);
    expect(carriesSqueezedPiece('abc', ['abc'])).toBe(false);
    expect(carriesSqueezedPiece('anything', [])).toBe(false);
  });
});
