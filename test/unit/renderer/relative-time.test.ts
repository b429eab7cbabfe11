// Proves the relative-time phrases for expiry and last check against a fixed now. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { checkedPhrase, expiryPhrase, relativePhrase } from '../../../renderer/src/relative-time';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const at = (offsetMs: number): string => new Date(now + offsetMs).toISOString();

describe('relativePhrase', () => {
  it.each([
    [minute, 'in 1 minute', '1 minute ago'],
    [2 * minute + 59_000, 'in 2 minutes', '2 minutes ago'],
    [hour, 'in 1 hour', '1 hour ago'],
    [23 * hour + 59 * minute, 'in 23 hours', '23 hours ago'],
    [day, 'in 1 day', '1 day ago'],
    [12 * day + 5 * hour, 'in 12 days', '12 days ago'],
    [59 * day, 'in 59 days', '59 days ago'],
    [60 * day, 'in 2 months', '2 months ago'],
    [364 * day, 'in 12 months', '12 months ago'],
    [365 * day, 'in 1 year', '1 year ago'],
    [800 * day, 'in 2 years', '2 years ago'],
  ])('%d ms reads "%s" ahead and "%s" behind', (distance, ahead, behind) => {
    expect(relativePhrase(distance)).toBe(ahead);
    expect(relativePhrase(-distance)).toBe(behind);
  });

  it('is null under a minute, so callers word "just now" themselves', () => {
    expect(relativePhrase(0)).toBeNull();
    expect(relativePhrase(59_999)).toBeNull();
    expect(relativePhrase(-59_999)).toBeNull();
  });

  it('has a narrow style for the list rows', () => {
    expect(relativePhrase(2 * day + hour, 'narrow')).toBe('in 2d');
    expect(relativePhrase(-3 * hour, 'narrow')).toBe('3h ago');
  });
});

describe('expiryPhrase', () => {
  it('counts down to a future expiry', () => {
    expect(expiryPhrase(at(12 * day + 3 * hour), now)).toBe('expires in 12 days');
    expect(expiryPhrase(at(90 * minute), now)).toBe('expires in 1 hour');
    expect(expiryPhrase(at(30_000), now)).toBe('expires in under a minute');
    expect(expiryPhrase(at(2 * day + hour), now, 'narrow')).toBe('expires in 2d');
  });

  it('says how long ago a past expiry was', () => {
    expect(expiryPhrase(at(-3 * hour - 10 * minute), now)).toBe('expired 3 hours ago');
    expect(expiryPhrase(at(0), now)).toBe('expired just now');
  });

  it('says "unknown" without a usable expiry', () => {
    expect(expiryPhrase(null, now)).toBe('unknown');
    expect(expiryPhrase('not a date', now)).toBe('unknown');
  });
});

describe('checkedPhrase', () => {
  it('says when the account was last checked', () => {
    expect(checkedPhrase(at(-2 * minute - 5_000), now)).toBe('checked 2 minutes ago');
    expect(checkedPhrase(at(-1 * day), now)).toBe('checked 1 day ago');
  });

  it('says "just now" within the last minute, and for a clock slightly ahead', () => {
    expect(checkedPhrase(at(-30_000), now)).toBe('checked just now');
    expect(checkedPhrase(at(20_000), now)).toBe('checked just now');
  });

  it('says "never checked" before the first check', () => {
    expect(checkedPhrase(null, now)).toBe('never checked');
  });
});
