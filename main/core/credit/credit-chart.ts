// Picks the credit samples the window's chart shows: the last 30 days, thinned to at most 200 points. Must not import electron or node:*.
import type { CreditSample } from './credit-history';

export interface ChartLimits {
  /** Only samples this close to the newest one are shown. */
  spanMs: number;
  maxPoints: number;
}

export const defaultChartLimits: ChartLimits = { spanMs: 30 * 24 * 60 * 60 * 1000, maxPoints: 200 };

/**
 * The samples within `spanMs` of the newest, oldest first; when more than `maxPoints`, evenly spaced ones that always
 * keep the first and the newest. Expects a history ordered oldest first.
 */
export function chartSamples(history: readonly CreditSample[], limits: ChartLimits = defaultChartLimits): CreditSample[] {
  const newest = history.at(-1);
  if (newest === undefined || limits.maxPoints < 1) return [];
  const recent = history.filter((sample) => sample.at >= newest.at - limits.spanMs);
  if (recent.length <= limits.maxPoints) return recent;
  if (limits.maxPoints === 1) return [newest];
  const step = (recent.length - 1) / (limits.maxPoints - 1);
  return Array.from({ length: limits.maxPoints }, (_, index) => recent[Math.round(index * step)] ?? newest);
}
