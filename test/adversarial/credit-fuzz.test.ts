// Fuzzes the credit history reader, recorder, forecast and low-credit policy with seeded junk: no throw, invariants hold.
import { describe, expect, it } from 'vitest';
import { stepLowCredit, initialLowCreditState, type LowCreditState } from '../../main/core/alerts/low-credit-policy';
import { forecastCredit } from '../../main/core/credit/credit-forecast';
import {
  defaultHistoryLimits,
  readCreditHistory,
  recordCredit,
  type CreditSample,
} from '../../main/core/credit/credit-history';
import { seededRandom, type Random } from './support/seeded-random';

const runs = 400;
const hour = 3_600_000;
const t0 = Date.UTC(2026, 0, 1);

function junkNumber(random: Random): unknown {
  return random.pick<unknown>([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0.5,
    2 ** 60,
    '12',
    null,
    true,
    t0 + random.int(-100, 3000) * hour,
    random.int(-50, 5000),
  ]);
}

function junkEntry(random: Random): unknown {
  return random.pick<() => unknown>([
    () => ({ at: junkNumber(random), credit: junkNumber(random) }),
    () => ({ at: t0 + random.int(0, 3000) * hour + random.int(0, hour), credit: random.int(0, 10_000) }),
    () => [random.int(0, 9), random.int(0, 9)],
    () => 'sample',
    () => null,
    () => JSON.parse('{"__proto__":{"at":1,"credit":1},"constructor":7}'),
    () => ({ at: { valueOf: () => t0 }, credit: 1 }),
  ])();
}

/** The first broken invariant of a history, or null: bounded, one sample an hour in order, 90 days, usable numbers. */
function problemWith(history: readonly CreditSample[]): string | null {
  if (history.length > defaultHistoryLimits.maxSamples) return 'too long';
  let previous: CreditSample | undefined;
  for (const sample of history) {
    if (!Number.isSafeInteger(sample.at) || !Number.isFinite(sample.credit)) return `unusable sample ${JSON.stringify(sample)}`;
    if (previous !== undefined && Math.floor(sample.at / hour) <= Math.floor(previous.at / hour)) return 'not one per hour, in order';
    previous = sample;
  }
  const first = history[0];
  const last = history.at(-1);
  if (first !== undefined && last !== undefined && last.at - first.at > defaultHistoryLimits.maxAgeMs) return 'older than 90 days';
  return null;
}

function expectWellFormed(history: readonly CreditSample[]): void {
  const problem = problemWith(history);
  if (problem !== null) expect.fail(problem);
}

describe('credit history under junk', () => {
  it('reads any stored junk into a well-formed history', () => {
    const random = seededRandom(0xc7ed_0001);
    for (let run = 0; run < runs; run += 1) {
      const stored = random.next() < 0.1 ? junkEntry(random) : Array.from({ length: random.int(0, 60) }, () => junkEntry(random));
      expectWellFormed(readCreditHistory(stored));
    }
  });

  it('keeps recorded histories well-formed and forecasts finite, whatever the samples', () => {
    const random = seededRandom(0xc7ed_0002);
    for (let run = 0; run < runs / 4; run += 1) {
      let history: readonly CreditSample[] = [];
      let at = t0;
      for (let step = 0; step < 80; step += 1) {
        at += random.pick([-5 * hour, 60_000, hour, 7 * hour, 40 * 24 * hour]);
        const credit = random.pick([random.int(0, 5000), Number.NaN, -3, 1e9]);
        history = recordCredit(history, { at: Math.max(at, 0), credit });
        expectWellFormed(history);
        const forecast = forecastCredit(history);
        const badFalling =
          forecast.kind === 'falling' && !(Number.isFinite(forecast.daysLeft) && forecast.daysLeft >= 0 && forecast.burnPerDay > 0);
        if (badFalling || forecast.basis.sampleCount > history.length) expect.fail(`bad forecast ${JSON.stringify(forecast)}`);
      }
    }
  });
});

describe('low-credit policy under random credit walks', () => {
  it('never sends the same level twice, nor more than two notices, within one dip', () => {
    const random = seededRandom(0xc7ed_0003);
    for (let run = 0; run < runs; run += 1) {
      const threshold = random.pick([null, 1, 100, 250.5]);
      let state: LowCreditState = initialLowCreditState;
      let sentThisDip: string[] = [];
      for (let step = 0; step < 60; step += 1) {
        const credit = random.pick([null, Number.NaN, random.int(-10, 400)]);
        const result = stepLowCredit(state, credit, threshold);
        if (result.state.level === 'none') sentThisDip = [];
        if (result.notice !== null) {
          if (threshold === null || sentThisDip.includes(result.notice.level)) expect.fail(`repeated or unwanted ${result.notice.level}`);
          sentThisDip.push(result.notice.level);
        }
        state = result.state;
      }
    }
  });
});
