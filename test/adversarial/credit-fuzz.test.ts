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

function expectWellFormed(history: readonly CreditSample[]): void {
  expect(history.length).toBeLessThanOrEqual(defaultHistoryLimits.maxSamples);
  for (let index = 1; index < history.length; index += 1) {
    const previous = history[index - 1];
    const current = history[index];
    if (previous === undefined || current === undefined) throw new Error('unreachable');
    expect(Math.floor(current.at / hour)).toBeGreaterThan(Math.floor(previous.at / hour));
  }
  const first = history[0];
  const last = history.at(-1);
  if (first !== undefined && last !== undefined) expect(last.at - first.at).toBeLessThanOrEqual(defaultHistoryLimits.maxAgeMs);
  for (const sample of history) {
    expect(Number.isSafeInteger(sample.at)).toBe(true);
    expect(Number.isFinite(sample.credit)).toBe(true);
  }
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
        if (forecast.kind === 'falling') {
          expect(Number.isFinite(forecast.daysLeft)).toBe(true);
          expect(forecast.daysLeft).toBeGreaterThanOrEqual(0);
          expect(forecast.burnPerDay).toBeGreaterThan(0);
        }
        expect(forecast.basis.sampleCount).toBeLessThanOrEqual(history.length);
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
          expect(sentThisDip).not.toContain(result.notice.level);
          sentThisDip.push(result.notice.level);
        }
        expect(sentThisDip.length).toBeLessThanOrEqual(2);
        if (threshold === null) expect(result.notice).toBeNull();
        state = result.state;
      }
    }
  });
});
