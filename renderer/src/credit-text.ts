// Words and chart geometry for an account's credit: the low-credit line, the chart's summary and its points. Must not import React.
import type { AccountView } from '../../preload/contract';
import { formatCredit, formatTime } from './format';

/** "Credit below your warning of 500", or null when credit is not low. */
export function lowCreditText(account: Pick<AccountView, 'lowCredit' | 'lowCreditThreshold'>): string | null {
  const { lowCredit, lowCreditThreshold } = account;
  if (lowCredit === 'none' || lowCreditThreshold === null) return null;
  const which = lowCredit === 'below-half' ? 'below half of your warning level' : 'below your warning level';
  return `Low credit: ${which} of ${formatCredit(lowCreditThreshold)}.`;
}

/** What a screen reader hears for the chart: range, first and last reading. */
export function chartSummary(points: AccountView['creditHistory']): string {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return 'Credit chart: no readings yet.';
  if (points.length === 1) return `Credit chart: one reading, ${formatCredit(last.credit)}.`;
  const credits = points.map((point) => point.credit);
  return (
    `Credit chart of ${points.length} readings: from ${formatCredit(first.credit)} to ${formatCredit(last.credit)}, ` +
    `lowest ${formatCredit(Math.min(...credits))}, highest ${formatCredit(Math.max(...credits))}.`
  );
}

/** Where credit values sit in a chart of `height`: the readings' range, widened to hold the threshold when one is set. */
export function creditScale(points: AccountView['creditHistory'], height: number, threshold: number | null) {
  const credits = [...points.map((point) => point.credit), ...(threshold === null ? [] : [threshold])];
  const [minC, maxC] = [Math.min(...credits), Math.max(...credits)];
  return (credit: number): number => (maxC === minC ? height / 2 : height - ((credit - minC) / (maxC - minC)) * height);
}

/** SVG polyline points for the readings in a width × height box (time on x, credit on y, higher credit higher up). */
export function sparklinePoints(
  points: AccountView['creditHistory'],
  width: number,
  height: number,
  y: (credit: number) => number = creditScale(points, height, null),
): string {
  const times = points.map((point) => Date.parse(point.at));
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  const x = (t: number): number => (maxT === minT ? width / 2 : ((t - minT) / (maxT - minT)) * width);
  return points.map((point, index) => `${x(times[index] ?? minT).toFixed(1)},${y(point.credit).toFixed(1)}`).join(' ');
}

/**
 * One reading per clock hour counts toward the forecast: a check in the same hour as the last reading replaces it
 * (main/core/credit/credit-history.ts, defaultHistoryLimits.bucketMs).
 */
const readingBucketMs = 3_600_000;

/**
 * What Check now did for the forecast, said next to the button: "Check finished.", and when the check replaced the
 * last reading instead of adding one, why it did not count.
 */
export function checkResultText(before: AccountView['creditHistory'], after: AccountView['creditHistory']): string {
  const previous = before.at(-1);
  const latest = after.at(-1);
  if (previous === undefined || latest === undefined) return 'Check finished.';
  const [previousAt, latestAt] = [Date.parse(previous.at), Date.parse(latest.at)];
  if (latestAt === previousAt || Math.floor(latestAt / readingBucketMs) !== Math.floor(previousAt / readingBucketMs)) {
    return 'Check finished.';
  }
  return (
    `Check finished. Not a new reading for the forecast: it is in the same hour as the last one (${formatTime(previousAt)}), ` +
    'which it replaced. One reading an hour counts.'
  );
}

/** "296 credits a day" rounded like the forecast text; null without a burn rate. */
export function burnText(burnPerDay: number | null): string | null {
  if (burnPerDay === null) return null;
  if (burnPerDay <= 0) return 'not falling';
  const rounded = burnPerDay >= 10 ? Math.round(burnPerDay) : Math.round(burnPerDay * 10) / 10;
  return `${formatCredit(rounded)} a day`;
}

/** The threshold typed by the user: empty is off (null); otherwise a number above 0, or undefined when unusable. */
export function parseThreshold(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : undefined;
}
