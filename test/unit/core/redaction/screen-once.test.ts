// Proves textsCarryingSecret answers exactly as secretPieceSpans or carriesSqueezedPiece would for the same secret, on both of its search paths.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { textsCarryingSecret } from '../../../../main/core/redaction/screen-once';
import { secretPieceSpans } from '../../../../main/core/redaction/secret-pieces';
import { carriesSqueezedPiece } from '../../../../main/core/redaction/squeezed-pieces';

const token = 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyLCJlbWFpbCI6Imhvc3RpbGVAYWtvb2wudGVzdCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const carries = (text: string, secret: string): boolean => secretPieceSpans(text, [secret]).length > 0 || carriesSqueezedPiece(text, [secret]);

/** Short claims (searched natively) and long ones (hashed), with and without pieces of the token in some form. */
const texts = [
  'hostile@akool.test',
  '4242',
  `${token.slice(30, 38)}@akool.test`,
  `x${token.slice(-12, -4).toLowerCase()}`,
  `${Buffer.from(token).toString('hex').slice(10, 18)}@a.io`,
  `${Buffer.from(token.slice(1)).toString('base64url').slice(4, 12)}-uid`,
  Array.from(token.slice(50, 58)).join('.'),
  `${'a-b.c_'.repeat(40)}@akool.test`,
  `${'a-b.c_'.repeat(40)}${Buffer.from(token).toString('base64').slice(20, 28)}`,
  '',
];

describe('textsCarryingSecret', () => {
  it('answers for each text what secretPieceSpans or carriesSqueezedPiece answers', () => {
    const expected = texts.map((text) => carries(text, token));
    expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(textsCarryingSecret(texts, token)).toEqual(expected);
    texts.forEach((text) => expect(textsCarryingSecret([text], token), text).toEqual([carries(text, token)]));
  });

  it('ignores a secret shorter than 4 characters and answers an empty list with one', () => {
    expect(textsCarryingSecret(['abc abc'], 'abc')).toEqual([false]);
    expect(textsCarryingSecret([], token)).toEqual([]);
  });
});
