// Proves the token fingerprint is the first 8 hex characters of SHA-256.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../../../main/core/accounts/fingerprint';

describe('tokenFingerprint', () => {
  it('matches the SHA-256 known vector for "abc"', () => {
    expect(tokenFingerprint('abc')).toBe('ba7816bf');
  });

  it('equals an independently computed SHA-256 prefix', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyfQ.sig';
    expect(tokenFingerprint(token)).toBe(createHash('sha256').update(token).digest('hex').slice(0, 8));
    expect(tokenFingerprint(token)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('differs between tokens', () => {
    expect(tokenFingerprint('token-one')).not.toBe(tokenFingerprint('token-two'));
  });
});
