// Keeps an account's credit samples bounded (one per hour, 90 days) and reads stored history safely. Must not import electron or node:*.

/** One credit reading: `at` in epoch milliseconds. */
export interface CreditSample {
  at: number;
  credit: number;
}

export interface HistoryLimits {
  /** Samples older than this, counted back from the newest one, are dropped. */
  maxAgeMs: number;
  /** One sample per bucket of this length: the latest reading wins. */
  bucketMs: number;
  /** Hard cap on the array length; the newest samples are kept. */
  maxSamples: number;
}

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** The last 90 days, one sample an hour: at most 2160 samples. */
export const defaultHistoryLimits: HistoryLimits = { maxAgeMs: 90 * dayMs, bucketMs: hourMs, maxSamples: 90 * 24 };

/** The sample when credit is a finite number and `at` a whole number of milliseconds from 0 to the largest safe integer. */
export function toCreditSample(at: unknown, credit: unknown): CreditSample | null {
  const usable = typeof at === 'number' && Number.isSafeInteger(at) && at >= 0;
  return usable && typeof credit === 'number' && Number.isFinite(credit) ? { at, credit } : null;
}

const bucketOf = (at: number, limits: HistoryLimits): number => Math.floor(at / limits.bucketMs);

/** Drops samples older than maxAgeMs before the newest one, then keeps at most maxSamples (the newest). */
function trim(samples: readonly CreditSample[], limits: HistoryLimits): readonly CreditSample[] {
  const newest = samples.at(-1);
  if (newest === undefined) return samples;
  const oldestAllowed = newest.at - limits.maxAgeMs;
  let start = Math.max(0, samples.length - limits.maxSamples);
  while (start < samples.length && (samples[start]?.at ?? oldestAllowed) < oldestAllowed) start += 1;
  return start === 0 ? samples : samples.slice(start);
}

/**
 * A new history with `sample` recorded. The history is oldest first; a sample in the same bucket as the last one
 * replaces it. Samples dated after `sample` are dropped: the clock moved back, and the series must stay ordered
 * and end with the reading just taken. An unusable sample leaves the history as it was.
 */
export function recordCredit(
  history: readonly CreditSample[],
  sample: CreditSample,
  limits: HistoryLimits = defaultHistoryLimits,
): readonly CreditSample[] {
  const usable = toCreditSample(sample.at, sample.credit);
  if (usable === null) return history;
  let end = history.length;
  while (end > 0 && (history[end - 1]?.at ?? 0) > sample.at) end -= 1;
  const last = history[end - 1];
  if (last !== undefined && bucketOf(last.at, limits) === bucketOf(usable.at, limits)) end -= 1;
  return trim([...history.slice(0, end), usable], limits);
}

/** An own data property's value, without running getters. */
function ownValue(entry: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(entry, key)?.value;
}

/**
 * Stored history from untrusted data (the vault file): anything but an array is empty; entries that are not
 * `{ at, credit }` with usable numbers, or not later than the previous kept one, are dropped; the result is
 * compacted and trimmed like recordCredit's. One pass, never throws.
 */
export function readCreditHistory(value: unknown, limits: HistoryLimits = defaultHistoryLimits): readonly CreditSample[] {
  if (!Array.isArray(value)) return [];
  const kept: CreditSample[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const sample = toCreditSample(ownValue(entry, 'at'), ownValue(entry, 'credit'));
    const last = kept.at(-1);
    if (sample === null || (last !== undefined && sample.at <= last.at)) continue;
    if (last !== undefined && bucketOf(last.at, limits) === bucketOf(sample.at, limits)) kept.pop();
    kept.push(sample);
  }
  return trim(kept, limits);
}
