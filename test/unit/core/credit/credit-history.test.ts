// Proves the credit history: one sample an hour, 90 days, a length cap, immutability, and a safe reader for stored junk.
import { describe, expect, it } from 'vitest';
import {
  defaultHistoryLimits,
  readCreditHistory,
  recordCredit,
  toCreditSample,
  type CreditSample,
} from '../../../../main/core/credit/credit-history';

const hour = 3_600_000;
const day = 24 * hour;
const t0 = Date.UTC(2026, 10, 1);

function recordAll(samples: readonly CreditSample[], limits = defaultHistoryLimits): readonly CreditSample[] {
  return samples.reduce<readonly CreditSample[]>((history, sample) => recordCredit(history, sample, limits), []);
}

describe('recordCredit', () => {
  it('appends samples from different hours, oldest first', () => {
    const history = recordAll([
      { at: t0, credit: 100 },
      { at: t0 + hour, credit: 90 },
      { at: t0 + 2 * hour + 5, credit: 80 },
    ]);
    expect(history).toEqual([
      { at: t0, credit: 100 },
      { at: t0 + hour, credit: 90 },
      { at: t0 + 2 * hour + 5, credit: 80 },
    ]);
  });

  it('keeps only the latest sample of an hour', () => {
    const history = recordAll([
      { at: t0 + 60_000, credit: 100 },
      { at: t0 + 30 * 60_000, credit: 95 },
      { at: t0 + hour - 1, credit: 93 },
      { at: t0 + hour, credit: 91 },
    ]);
    expect(history).toEqual([
      { at: t0 + hour - 1, credit: 93 },
      { at: t0 + hour, credit: 91 },
    ]);
  });

  it('never changes the array it was given', () => {
    const before = Object.freeze([Object.freeze({ at: t0, credit: 5 })]);
    const after = recordCredit(before, { at: t0 + 2 * hour, credit: 4 });
    expect(before).toEqual([{ at: t0, credit: 5 }]);
    expect(after).toEqual([
      { at: t0, credit: 5 },
      { at: t0 + 2 * hour, credit: 4 },
    ]);
  });

  it('drops samples older than 90 days before the newest', () => {
    const history = recordAll([
      { at: t0, credit: 1 },
      { at: t0 + 10 * day, credit: 2 },
      { at: t0 + 95 * day, credit: 3 },
    ]);
    expect(history).toEqual([
      { at: t0 + 10 * day, credit: 2 },
      { at: t0 + 95 * day, credit: 3 },
    ]);
  });

  it('keeps a sample exactly 90 days older than the newest', () => {
    const history = recordAll([
      { at: t0, credit: 1 },
      { at: t0 + 90 * day, credit: 2 },
    ]);
    expect(history).toEqual([
      { at: t0, credit: 1 },
      { at: t0 + 90 * day, credit: 2 },
    ]);
  });

  it('caps the length, keeping the newest samples', () => {
    const limits = { ...defaultHistoryLimits, maxSamples: 3 };
    const samples = Array.from({ length: 10 }, (_, index) => ({ at: t0 + index * hour, credit: 100 - index }));
    expect(recordAll(samples, limits).map((sample) => sample.credit)).toEqual([93, 92, 91]);
  });

  it('stays within 2160 samples over 100 days of checks every 10 minutes', () => {
    const samples = Array.from({ length: 100 * 24 * 6 }, (_, index) => ({ at: t0 + index * 600_000, credit: 1e6 - index }));
    const history = recordAll(samples);
    expect(history.length).toBe(2160);
    expect(history.at(-1)).toEqual(samples.at(-1));
  });

  it('drops later samples when the clock moved back, so the series stays ordered', () => {
    const history = recordAll([
      { at: t0, credit: 10 },
      { at: t0 + 5 * hour, credit: 9 },
      { at: t0 + 2 * hour, credit: 8 },
    ]);
    expect(history).toEqual([
      { at: t0, credit: 10 },
      { at: t0 + 2 * hour, credit: 8 },
    ]);
  });

  it.each([
    { at: Number.NaN, credit: 1 },
    { at: -1, credit: 1 },
    { at: t0 + 0.5, credit: 1 },
    { at: t0, credit: Number.POSITIVE_INFINITY },
    { at: t0, credit: Number.NaN },
  ])('ignores an unusable sample %o', (sample) => {
    const history = [{ at: t0 - hour, credit: 3 }];
    expect(recordCredit(history, sample)).toBe(history);
  });
});

describe('toCreditSample', () => {
  it('accepts zero and negative credit but not strings', () => {
    expect(toCreditSample(0, 0)).toEqual({ at: 0, credit: 0 });
    expect(toCreditSample(t0, 0)).toEqual({ at: t0, credit: 0 });
    expect(toCreditSample(t0, -4)).toEqual({ at: t0, credit: -4 });
    expect(toCreditSample(String(t0), 1)).toBeNull();
    expect(toCreditSample(t0, '1')).toBeNull();
  });
});

describe('readCreditHistory', () => {
  it.each([null, undefined, 42, 'x', {}, { length: 3 }])('reads %o as an empty history', (value) => {
    expect(readCreditHistory(value)).toEqual([]);
  });

  it('keeps good samples and drops junk, duplicates and out-of-order entries', () => {
    const stored: unknown = [
      { at: t0, credit: 50 },
      null,
      'junk',
      [t0 + hour, 1],
      { at: String(t0 + hour), credit: 40 },
      { at: t0 + hour, credit: Number.NaN },
      { at: t0 + hour, credit: 40, extra: 'ignored' },
      { at: t0 + hour, credit: 39 },
      { at: t0 - day, credit: 99 },
      { at: t0 + 3 * hour, credit: 30 },
    ];
    expect(readCreditHistory(stored)).toEqual([
      { at: t0, credit: 50 },
      { at: t0 + hour, credit: 40 },
      { at: t0 + 3 * hour, credit: 30 },
    ]);
  });

  it('compacts to one sample an hour and trims like recordCredit', () => {
    const stored = [
      { at: t0, credit: 1 },
      { at: t0 + 91 * day, credit: 5 },
      { at: t0 + 91 * day + 60_000, credit: 4 },
    ];
    expect(readCreditHistory(stored)).toEqual([{ at: t0 + 91 * day + 60_000, credit: 4 }]);
  });

  it('never runs getters or inherited fields', () => {
    let ran = false;
    const trap = Object.defineProperty({ credit: 1 }, 'at', {
      enumerable: true,
      get() {
        ran = true;
        throw new Error('getter ran');
      },
    });
    const inherited = Object.create({ at: t0, credit: 1 });
    expect(readCreditHistory([trap, inherited, { at: t0 + hour, credit: 2 }])).toEqual([{ at: t0 + hour, credit: 2 }]);
    expect(ran).toBe(false);
  });

  it('round-trips what recordCredit produced through JSON', () => {
    const history = recordAll(Array.from({ length: 50 }, (_, index) => ({ at: t0 + index * 1_800_000, credit: 500 - index })));
    expect(readCreditHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });
});
