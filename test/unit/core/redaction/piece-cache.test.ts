// Proves each secret's pieces are built once and reused, and that only the most recently used `keptSecrets` are kept.
import { describe, expect, it } from 'vitest';
import { keptSecrets, piecesOf } from '../../../../main/core/redaction/piece-cache';

const secretNumber = (index: number): string => `piece-cache-secret-${index}-Zx9Qk2Lm`;

describe('piecesOf', () => {
  it('builds a secret\'s pieces once and hands the same ones back', () => {
    expect(piecesOf(secretNumber(0))).toBe(piecesOf(secretNumber(0)));
  });

  it('keeps the most recently used secrets and builds again the least recently used one once more are asked for', () => {
    const used = piecesOf(secretNumber(1));
    const unused = piecesOf(secretNumber(2));
    for (let index = 3; index <= keptSecrets; index += 1) piecesOf(secretNumber(index));
    expect(piecesOf(secretNumber(1))).toBe(used);
    piecesOf(secretNumber(keptSecrets + 1));
    expect(piecesOf(secretNumber(1))).toBe(used);
    expect(piecesOf(secretNumber(2))).not.toBe(unused);
  });
});
