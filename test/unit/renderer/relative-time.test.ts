// Proves the relative-time phrases for expiry and last check against a fixed now. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { checkedPhrase, durationPhrase, expiryPhrase } from '../../../renderer/src/relative-time';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const at = (offsetMs: number): string => new Date(now + offsetMs).toISOString();

describe('durationPhrase', () => {
  it.each([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [minute, '1 minute'],
    [2 * minute + 59_000, '2 minutes'],
    [hour, '1 hour'],
    [23 * hour + 59 * minute, '23 hours'],
    [day, '1 day'],
    [12 * day + 5 * hour, '12 days'],
    [59 * day, '59 days'],
    [60 * day, '2 months'],
    [364 * day, '12 months'],
    [365 * day, '1 year'],
    [800 * day, '2 years'],
  ])('%d ms reads "%s"', (distance, phrase) => {
    expect(durationPhrase(distance)).toBe(phrase);
    expect(durationPhrase(-distance)).toBe(phrase);
  });
});

describe('expiryPhrase', () => {
  it('counts down to a future expiry', () => {
    expect(expiryPhrase(at(12 * day + 3 * hour), now)).toBe('expires in 12 days');
    expect(expiryPhrase(at(90 * minute), now)).toBe('expires in 1 hour');
  });

  it('says how long ago a past expiry was', () => {
    expect(expiryPhrase(at(-3 * hour - 10 * minute), now)).toBe('expired 3 hours ago');
    expect(expiryPhrase(at(0), now)).toBe('expired less than a minute ago');
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

  it('says "just now" for the last minute and for a clock slightly ahead', () => {
    expect(checkedPhrase(at(-30_000), now)).toBe('checked just now');
    expect(checkedPhrase(at(20_000), now)).toBe('checked just now');
  });

  it('says "never checked" without a check', () => {
    expect(checkedPhrase(null, now)).toBe('never checked');
  });
});
