// Proves the leak finder catches a canary in 6-character pieces (12 on disk), in every encoding, and not its public label or JWT header.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { canaryPieces, findCanaryPiece, leaksOnDisk, leaksPiece, publicPrefix } from '../../support/canary-pieces';

const secret = 'canary-secret-0f1e2d3c4b5a69788796';
const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
const token = `${header}.${Buffer.from('{"uid":"u-1"}').toString('base64url')}.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg`;

describe('canary pieces', () => {
  it('takes the readable label of a test canary and the header of a JWT as public', () => {
    expect(publicPrefix(secret)).toBe('canary-secret-');
    expect(publicPrefix(token)).toBe(`${header}.eyJ`);
    expect(publicPrefix('plain-random-value')).toBe('');
  });

  it('finds any 6-character run of the secret part, and no shorter one', () => {
    expect(leaksPiece(`log line …3c4b5a… end`, [secret])).toBe(true);
    expect(leaksPiece(`log line t-0f1e… end`, [secret])).toBe(true);
    expect(leaksPiece(`log line 3c4b5 end`, [secret])).toBe(false);
    expect(leaksPiece(`signature tail ${token.slice(-6)}`, [token])).toBe(true);
  });

  it('finds pieces of the base64, base64url and hex forms', () => {
    for (const encoded of [
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      Buffer.from(secret).toString('hex'),
    ]) {
      const middle = encoded.slice(Math.floor(encoded.length / 2), Math.floor(encoded.length / 2) + 12);
      expect(leaksPiece(`x ${middle} y`, [secret]), encoded).toBe(true);
    }
  });

  it('does not count the public label, a JWT header or other canaries', () => {
    expect(leaksPiece('client canary-secret- and canary-client', [secret])).toBe(false);
    expect(leaksPiece(`another token starts ${header}.eyJ`, [token])).toBe(false);
    expect(canaryPieces(secret).every((piece) => piece.length >= 6)).toBe(true);
  });

  it('names where a piece was found without quoting the canary', () => {
    const found = findCanaryPiece(`0123456789${secret.slice(20, 28)}`, ['unrelated-value-xyz', secret]);
    expect(found).toBe('a 6-character piece of canary #1 at offset 10');
    expect(findCanaryPiece('nothing here', [secret])).toBeNull();
  });

  it('on disk, finds any 12-character run of the secret part in every form, and no shorter one', () => {
    const run = secret.slice(16, 28);
    expect(leaksOnDisk(`{"label":"x${run}"}`, [secret])).toBe(true);
    expect(leaksOnDisk(`{"label":"x${run.slice(1)}"}`, [secret])).toBe(false);
    expect(leaksPiece(`{"label":"x${run.slice(1)}"}`, [secret])).toBe(true);
    const hex = Buffer.from(secret).toString('hex');
    expect(leaksOnDisk(hex.slice(30, 54), [secret])).toBe(true);
    expect(leaksOnDisk(hex.slice(30, 53), [secret])).toBe(false);
  });
});
