// Proves Retry-After is read as seconds or an HTTP date and capped at one hour.
import { describe, expect, it } from 'vitest';
import { maxRetryAfterMs, parseRetryAfter } from '../../../../main/core/akool/retry-after';

const now = Date.parse('2025-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:02:00 GMT', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
  });

  it('caps the delay at one hour', () => {
    expect(maxRetryAfterMs).toBe(3_600_000);
    expect(parseRetryAfter('86400', now)).toBe(maxRetryAfterMs);
    expect(parseRetryAfter('99999999999999999999999', now)).toBe(maxRetryAfterMs);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).toBe(maxRetryAfterMs);
  });

  it('gives null for a missing or unreadable header', () => {
    for (const value of [null, '', 'soon', '-5', '1.5', '2025-01-01', 'Wed, 99 Jan 2025 00:00:00 GMT']) {
      expect(parseRetryAfter(value, now)).toBeNull();
    }
  });
});
