// isBase64Text accepts exactly what the pattern `^[A-Za-z0-9+/]*={0,2}$` accepts, over every short string of the characters that decide it.
import { describe, expect, it } from 'vitest';
import { isBase64Text } from '../../../../main/core/vault/vault-document';

const reference = /^[A-Za-z0-9+/]*={0,2}$/;
/** Letters, digits, `+` and `/` of the alphabet, padding, and what is outside it (base64url's `-`, a newline, a space). */
const characters = ['A', 'z', '0', '+', '/', '=', '-', '\n', ' '];

function* stringsUpTo(length: number): Generator<string> {
  yield '';
  let previous = [''];
  for (let size = 1; size <= length; size += 1) {
    previous = previous.flatMap((prefix) => characters.map((character) => prefix + character));
    yield* previous;
  }
}

describe('isBase64Text', () => {
  it('agrees with the anchored pattern on every string of up to 5 of these characters', () => {
    const disagreements = [...stringsUpTo(5)].filter((text) => isBase64Text(text) !== reference.test(text));
    expect(disagreements).toEqual([]);
  });

  it('accepts padded ciphertext and refuses padding in the middle, three pads and base64url', () => {
    expect([isBase64Text('AQID'), isBase64Text('AQI='), isBase64Text('AQ==')]).toEqual([true, true, true]);
    expect([isBase64Text('AQ=I'), isBase64Text('A==='), isBase64Text('A-_B')]).toEqual([false, false, false]);
  });
});
