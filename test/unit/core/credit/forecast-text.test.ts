// Proves the forecast wording: the estimate with how it was made, and quiet, honest text when there is no estimate.
import { describe, expect, it } from 'vitest';
import { forecastCredit } from '../../../../main/core/credit/credit-forecast';
import type { CreditSample } from '../../../../main/core/credit/credit-history';
import { describeForecast } from '../../../../main/core/credit/forecast-text';

const hour = 3_600_000;
const t0 = Date.UTC(2026, 10, 1);
const hourly = (count: number, start: number, perHour: number, offsetHours = 0): CreditSample[] =>
  Array.from({ length: count }, (_, index) => ({ at: t0 + (index + offsetHours) * hour, credit: start - perHour * index }));

describe('describeForecast', () => {
  it('says the rate, how long credit lasts, and from what', () => {
    expect(describeForecast(forecastCredit(hourly(73, 2000, 5)))).toBe(
      'Using about 120 credits a day; at this rate, credit lasts about 14 days (from 73 checks over 3 days).',
    );
  });

  it('keeps one decimal for slow burns and says "less than a day" near the end', () => {
    expect(describeForecast(forecastCredit(hourly(25, 100, 0.25)))).toBe(
      'Using about 6 credits a day; at this rate, credit lasts about 16 days (from 25 checks over 24 hours).',
    );
    expect(describeForecast(forecastCredit(hourly(10, 95, 10)))).toBe(
      'Using about 240 credits a day; at this rate, credit lasts less than a day (from 10 checks over 9 hours).',
    );
    expect(describeForecast(forecastCredit(hourly(13, 60, 0.3)))).toMatch(/^Using about 7\.2 credits a day/);
  });

  it('mentions the top-up the estimate starts after', () => {
    const history = [...hourly(10, 100, 5), ...hourly(12, 3000, 10, 10)];
    expect(describeForecast(forecastCredit(history))).toBe(
      'Using about 240 credits a day; at this rate, credit lasts about 12 days (from 12 checks over 11 hours, since the last top-up).',
    );
  });

  it('says credit is used up at zero', () => {
    expect(describeForecast(forecastCredit(hourly(10, 45, 5)))).toBe('Credit is used up; it was falling about 120 a day.');
  });

  it('says credit is not falling, with its basis', () => {
    expect(describeForecast(forecastCredit(hourly(1, 10, 0).concat(hourly(7, 10, 0, 1))))).toBe(
      'Credit is not falling (from 8 checks over 7 hours).',
    );
  });

  it('stays quiet and says what it needs when there are too few samples', () => {
    expect(describeForecast(forecastCredit([]))).toBe('No forecast yet: it needs at least 3 checks over 6 hours (0 checks so far).');
    expect(describeForecast(forecastCredit(hourly(1, 10, 0)))).toBe(
      'No forecast yet: it needs at least 3 checks over 6 hours (1 check so far).',
    );
    const afterTopUp = [...hourly(10, 100, 5), ...hourly(2, 3000, 10, 10)];
    expect(describeForecast(forecastCredit(afterTopUp))).toBe(
      'No forecast yet: it needs at least 3 checks over 6 hours since the last top-up (2 checks so far).',
    );
  });
});
