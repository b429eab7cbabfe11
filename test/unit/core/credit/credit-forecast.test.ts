// Proves the credit forecast: steady burn, top-ups, noise, too few samples, flat or rising credit, and its stated basis.
import { describe, expect, it } from 'vitest';
import { defaultForecastOptions, forecastCredit } from '../../../../main/core/credit/credit-forecast';
import type { CreditSample } from '../../../../main/core/credit/credit-history';

const hour = 3_600_000;
const day = 24 * hour;
const t0 = Date.UTC(2026, 10, 1);

/** Hourly samples from `start` credits falling `perHour`, plus `noise(index)`. */
function hourly(count: number, start: number, perHour: number, noise: (index: number) => number = () => 0): CreditSample[] {
  return Array.from({ length: count }, (_, index) => ({ at: t0 + index * hour, credit: start - perHour * index + noise(index) }));
}

describe('forecastCredit', () => {
  it('reads a steady burn and how long the credit lasts', () => {
    const result = forecastCredit(hourly(49, 1000, 5));
    expect(result.kind).toBe('falling');
    if (result.kind !== 'falling') throw new Error('unreachable');
    expect(result.burnPerDay).toBeCloseTo(120, 6);
    expect(result.credit).toBe(760);
    expect(result.daysLeft).toBeCloseTo(760 / 120, 6);
    expect(result.emptyAt).toBe(t0 + 48 * hour + Math.round((760 / 120) * day));
    expect(result.basis).toEqual({ from: t0, to: t0 + 48 * hour, sampleCount: 49, afterTopUp: false });
  });

  it('looks only at the last week', () => {
    const old = hourly(24, 100_000, 1000);
    const recent = hourly(8 * 24, 5000, 2).map((sample) => ({ ...sample, at: sample.at + 30 * day }));
    const result = forecastCredit([...old, ...recent]);
    expect(result.kind).toBe('falling');
    if (result.kind !== 'falling') throw new Error('unreachable');
    expect(result.burnPerDay).toBeCloseTo(48, 6);
    expect(result.basis.sampleCount).toBe(7 * 24 + 1);
    expect(result.basis.to - result.basis.from).toBe(7 * day);
  });

  it('restarts after a top-up and uses only what came after it', () => {
    const before = hourly(24, 500, 10);
    const after = hourly(12, 2000, 4).map((sample) => ({ ...sample, at: sample.at + 24 * hour }));
    const result = forecastCredit([...before, ...after]);
    expect(result.kind).toBe('falling');
    if (result.kind !== 'falling') throw new Error('unreachable');
    expect(result.burnPerDay).toBeCloseTo(96, 6);
    expect(result.basis).toEqual({ from: t0 + 24 * hour, to: t0 + 35 * hour, sampleCount: 12, afterTopUp: true });
  });

  it('stays quiet right after a top-up until enough samples follow it', () => {
    const before = hourly(24, 500, 10);
    const after = hourly(2, 2000, 4).map((sample) => ({ ...sample, at: sample.at + 24 * hour }));
    expect(forecastCredit([...before, ...after])).toEqual({
      kind: 'too-few-samples',
      basis: { from: t0 + 24 * hour, to: t0 + 25 * hour, sampleCount: 2, afterTopUp: true },
      minSamples: 3,
      minSpanMs: 6 * hour,
    });
  });

  it('treats small rises (refunds, noise) as noise, not top-ups', () => {
    const wobble = (index: number): number => [0, 7, -6, 3, -4, 8, -7, 2][index % 8] ?? 0;
    const result = forecastCredit(hourly(72, 3000, 3, wobble));
    expect(result.kind).toBe('falling');
    if (result.kind !== 'falling') throw new Error('unreachable');
    expect(result.basis.afterTopUp).toBe(false);
    expect(result.basis.sampleCount).toBe(72);
    expect(result.burnPerDay).toBeGreaterThan(70);
    expect(result.burnPerDay).toBeLessThan(74);
  });

  it('needs a rise above 1 credit and above 5 % to call it a top-up', () => {
    const at = (h: number, credit: number): CreditSample => ({ at: t0 + h * hour, credit });
    const smallOnLowCredit = [at(0, 20), at(4, 10), at(5, 11), at(8, 8), at(12, 5)];
    expect(forecastCredit(smallOnLowCredit).basis.afterTopUp).toBe(false);
    const exactlyFivePercent = [at(0, 1100), at(4, 1000), at(5, 1050), at(8, 1000), at(12, 950)];
    expect(forecastCredit(exactlyFivePercent).basis.afterTopUp).toBe(false);
    const justAbove = [at(0, 1100), at(4, 1000), at(5, 1051), at(8, 1000), at(12, 950)];
    expect(forecastCredit(justAbove).basis).toMatchObject({ afterTopUp: true, sampleCount: 3 });
  });

  it('describes an empty history as no samples, no top-up', () => {
    expect(forecastCredit([])).toEqual({
      kind: 'too-few-samples',
      basis: { from: 0, to: 0, sampleCount: 0, afterTopUp: false },
      minSamples: 3,
      minSpanMs: 6 * hour,
    });
  });

  it.each([
    ['no samples', [] as CreditSample[], 0],
    ['two samples', hourly(2, 100, 5), 2],
    ['many samples within six hours', hourly(6, 100, 5), 6],
  ])('stays quiet with %s', (_, history, count) => {
    const result = forecastCredit(history);
    expect(result.kind).toBe('too-few-samples');
    expect(result.basis.sampleCount).toBe(count);
  });

  it('forecasts from exactly three samples spanning six hours', () => {
    const history = [0, 3, 6].map((h) => ({ at: t0 + h * hour, credit: 100 - h }));
    expect(forecastCredit(history).kind).toBe('falling');
  });

  it('says not falling for flat or rising credit, with the rate it saw', () => {
    const flat = forecastCredit(hourly(24, 500, 0));
    expect(flat).toMatchObject({ kind: 'not-falling', burnPerDay: 0 });
    const rising = forecastCredit(hourly(24, 500, -0.5));
    expect(rising.kind).toBe('not-falling');
    if (rising.kind !== 'not-falling') throw new Error('unreachable');
    expect(rising.burnPerDay).toBeCloseTo(-12, 6);
  });

  it('says not falling when the fitted drop over the span is under one credit', () => {
    const history = hourly(12, 500, 0).map((sample, index) => ({ ...sample, credit: index === 11 ? 499 : 500 }));
    expect(forecastCredit(history).kind).toBe('not-falling');
  });

  it('says the credit is gone now when it reached zero', () => {
    const history = hourly(10, 45, 5);
    const result = forecastCredit(history);
    expect(result).toMatchObject({ kind: 'falling', credit: 0, daysLeft: 0, emptyAt: t0 + 9 * hour });
  });

  it('honours its options', () => {
    const strict = { ...defaultForecastOptions, minSamples: 50 };
    expect(forecastCredit(hourly(49, 1000, 5), strict).kind).toBe('too-few-samples');
  });
});
