// Proves the chart's points: the last 30 days of history, thinned evenly to at most 200 points, keeping the first and the newest.
import { describe, expect, it } from 'vitest';
import { chartSamples } from '../../../../main/core/credit/credit-chart';

const hour = 3_600_000;
const hourly = (count: number) => Array.from({ length: count }, (_, index) => ({ at: index * hour, credit: 5000 - index }));

describe('chartSamples', () => {
  it('is empty for no history and keeps a short one as it is', () => {
    expect(chartSamples([])).toEqual([]);
    expect(chartSamples(hourly(5))).toEqual(hourly(5));
  });

  it('drops samples older than 30 days before the newest', () => {
    const history = hourly(40 * 24);
    const shown = chartSamples(history, { spanMs: 30 * 24 * hour, maxPoints: 10_000 });
    expect(shown[0]?.at).toBe(10 * 24 * hour - hour);
    expect(shown.at(-1)).toEqual(history.at(-1));
  });

  it('thins to at most 200 evenly spaced points, first and newest kept, order kept', () => {
    const history = hourly(30 * 24);
    const shown = chartSamples(history);
    expect(shown).toHaveLength(200);
    expect(shown[0]).toEqual(history[0]);
    expect(shown.at(-1)).toEqual(history.at(-1));
    const gaps = shown.slice(1).map((sample, index) => sample.at - (shown[index]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3 * hour);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(4 * hour);
  });
});
