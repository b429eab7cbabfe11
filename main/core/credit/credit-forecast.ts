// Burn rate and "credit lasts about N days" from a credit history, saying how it was made. Must not import electron or node:*.
import type { CreditSample } from './credit-history';

export interface ForecastOptions {
  /** How far back from the newest sample the burn rate looks. */
  windowMs: number;
  /** Below this many samples (after the last top-up) the forecast stays quiet. */
  minSamples: number;
  /** Below this time between the first and the last sample used, the forecast stays quiet. */
  minSpanMs: number;
  /** A rise counts as a top-up when larger than this share of the credit before it (smaller rises are noise). */
  topUpShare: number;
  /** …and larger than this many credits. */
  topUpMinRise: number;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** A week of history; at least 3 samples spanning at least 6 hours; top-ups above 5 % (and 1 credit). */
export const defaultForecastOptions: ForecastOptions = {
  windowMs: 7 * dayMs,
  minSamples: 3,
  minSpanMs: 6 * hourMs,
  topUpShare: 0.05,
  topUpMinRise: 1,
};

/** How the estimate was made, so the window can say it. */
export interface ForecastBasis {
  /** First and last sample used (epoch ms). */
  from: number;
  to: number;
  sampleCount: number;
  /** True when the window starts after a top-up rather than at windowMs. */
  afterTopUp: boolean;
}

export type CreditForecast =
  | { kind: 'too-few-samples'; basis: ForecastBasis; minSamples: number; minSpanMs: number }
  /** Credit is steady or rising: no "lasts N days". burnPerDay may be ≤ 0 (a gain). */
  | { kind: 'not-falling'; burnPerDay: number; basis: ForecastBasis }
  | { kind: 'falling'; burnPerDay: number; daysLeft: number; emptyAt: number; credit: number; basis: ForecastBasis };

function isTopUp(before: number, after: number, options: ForecastOptions): boolean {
  const rise = after - before;
  return rise > options.topUpMinRise && rise > options.topUpShare * Math.max(before, 0);
}

/** Index of the first sample to use: inside the window and after the last top-up. */
function windowStart(history: readonly CreditSample[], newestAt: number, options: ForecastOptions) {
  let start = history.length - 1;
  while (start > 0) {
    const previous = history[start - 1];
    const current = history[start];
    if (previous === undefined || current === undefined || previous.at < newestAt - options.windowMs) break;
    if (isTopUp(previous.credit, current.credit, options)) return { start, afterTopUp: true };
    start -= 1;
  }
  return { start, afterTopUp: false };
}

/** Least-squares slope in credits per day; times are taken relative to `origin` to keep the sums small. */
function slopePerDay(samples: readonly CreditSample[], origin: number): number {
  const n = samples.length;
  let sumX = 0;
  let sumY = 0;
  for (const { at, credit } of samples) {
    sumX += (at - origin) / dayMs;
    sumY += credit;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let covariance = 0;
  let variance = 0;
  for (const { at, credit } of samples) {
    const dx = (at - origin) / dayMs - meanX;
    covariance += dx * (credit - meanY);
    variance += dx * dx;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * The burn rate over the last `windowMs` (cut at the last top-up), fitted by least squares, and when credit is
 * falling by at least one credit over that span, how many days the latest credit lasts at that rate.
 * Expects a history ordered oldest first, as recordCredit and readCreditHistory give.
 */
export function forecastCredit(
  history: readonly CreditSample[],
  options: ForecastOptions = defaultForecastOptions,
): CreditForecast {
  const newest = history.at(-1);
  const quiet = { minSamples: options.minSamples, minSpanMs: options.minSpanMs };
  if (newest === undefined) {
    return { kind: 'too-few-samples', basis: { from: 0, to: 0, sampleCount: 0, afterTopUp: false }, ...quiet };
  }
  const { start, afterTopUp } = windowStart(history, newest.at, options);
  const used = history.slice(start);
  const from = used[0]?.at ?? newest.at;
  const basis: ForecastBasis = { from, to: newest.at, sampleCount: used.length, afterTopUp };
  if (used.length < options.minSamples || newest.at - from < options.minSpanMs) {
    return { kind: 'too-few-samples', basis, ...quiet };
  }
  const burnPerDay = 0 - slopePerDay(used, newest.at); // `0 - x`, not `-x`: a flat line gives +0, not -0
  const spanDays = (newest.at - from) / dayMs;
  if (!(burnPerDay > 0) || burnPerDay * spanDays < 1) return { kind: 'not-falling', burnPerDay, basis };
  const daysLeft = Math.max(newest.credit, 0) / burnPerDay;
  return { kind: 'falling', burnPerDay, daysLeft, emptyAt: newest.at + Math.round(daysLeft * dayMs), credit: newest.credit, basis };
}
