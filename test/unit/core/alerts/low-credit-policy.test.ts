// Proves the low-credit policy: off by default, one notice per crossing (threshold, then half), re-armed above it.
import { describe, expect, it } from 'vitest';
import {
  initialLowCreditState,
  readLowCreditState,
  readThreshold,
  stepLowCredit,
  thresholdFor,
  type LowCreditState,
} from '../../../../main/core/alerts/low-credit-policy';

/** Runs credits through the policy and returns the notice levels sent and the final state. */
function run(credits: readonly (number | null)[], threshold: number | null, start: LowCreditState = initialLowCreditState) {
  let state = start;
  const notices: string[] = [];
  const attention: boolean[] = [];
  for (const credit of credits) {
    const step = stepLowCredit(state, credit, threshold);
    state = step.state;
    attention.push(step.attention);
    if (step.notice !== null) notices.push(step.notice.level);
  }
  return { state, notices, attention };
}

describe('thresholdFor', () => {
  it('is off by default', () => {
    expect(thresholdFor(null, undefined)).toBeNull();
    expect(thresholdFor(undefined, undefined)).toBeNull();
  });

  it('uses the global default unless the account overrides it, and null overrides to off', () => {
    expect(thresholdFor(100, undefined)).toBe(100);
    expect(thresholdFor(100, 40)).toBe(40);
    expect(thresholdFor(100, null)).toBeNull();
    expect(thresholdFor(null, 40)).toBe(40);
  });

  it('accepts any positive amount up to the largest safe integer', () => {
    expect(readThreshold(0.5)).toBe(0.5);
    expect(readThreshold(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, '100', 2 ** 60, {}])('reads %o as off', (value) => {
    expect(readThreshold(value)).toBeNull();
    expect(thresholdFor(value, undefined)).toBeNull();
  });
});

describe('stepLowCredit', () => {
  it('sends nothing while alerts are off, whatever the credit', () => {
    expect(run([500, 10, 0], null)).toEqual({ state: { level: 'none' }, notices: [], attention: [false, false, false] });
  });

  it('notifies once when credit crosses below the threshold, and again below half of it', () => {
    const result = run([150, 120, 99, 90, 80, 60, 49, 30, 10, 0], 100);
    expect(result.notices).toEqual(['below', 'below-half']);
    expect(result.attention).toEqual([false, false, true, true, true, true, true, true, true, true]);
    expect(result.state).toEqual({ level: 'below-half' });
  });

  it('counts exactly half as below, not below half', () => {
    expect(run([50], 100).notices).toEqual(['below']);
    expect(run([50, 49.5], 100).notices).toEqual(['below', 'below-half']);
  });

  it('shows no attention when a check gave no credit before any dip', () => {
    expect(stepLowCredit(initialLowCreditState, null, 100)).toEqual({ state: { level: 'none' }, attention: false, notice: null });
  });

  it('sends only the half notice when one check crosses both', () => {
    expect(run([150, 20, 10], 100).notices).toEqual(['below-half']);
  });

  it('does not repeat when credit wobbles inside the same dip', () => {
    expect(run([99, 40, 60, 45, 70, 30], 100).notices).toEqual(['below', 'below-half']);
  });

  it('re-arms once credit is back at or above the threshold, so the next dip notifies again', () => {
    const result = run([90, 40, 100, 95, 500, 45], 100);
    expect(result.notices).toEqual(['below', 'below-half', 'below', 'below-half']);
    expect(result.attention).toEqual([true, true, false, true, false, true]);
  });

  it('keeps its state and attention when a check gave no credit', () => {
    const result = run([90, null, Number.NaN, 80], 100);
    expect(result.notices).toEqual(['below']);
    expect(result.attention).toEqual([true, true, true, true]);
  });

  it('re-arms when alerts are turned off, and follows a changed threshold without repeating', () => {
    const below = stepLowCredit(initialLowCreditState, 90, 100);
    expect(stepLowCredit(below.state, 90, null)).toEqual({ state: { level: 'none' }, attention: false, notice: null });
    expect(stepLowCredit(below.state, 90, 120)).toEqual({ state: { level: 'below' }, attention: true, notice: null });
    expect(stepLowCredit(below.state, 90, 80)).toEqual({ state: { level: 'none' }, attention: false, notice: null });
  });

  it('words its notices with the credit and the threshold', () => {
    expect(stepLowCredit(initialLowCreditState, 90, 100).notice).toEqual({
      level: 'below',
      severity: 'attention',
      title: 'Akool credit low',
      body: 'Credit is 90, below your threshold of 100.',
    });
    expect(stepLowCredit({ level: 'below' }, 12, 100).notice).toEqual({
      level: 'below-half',
      severity: 'attention',
      title: 'Akool credit very low',
      body: 'Credit is 12, below half of your threshold of 100.',
    });
  });
});

describe('readLowCreditState', () => {
  it('reads stored levels and treats anything else as none', () => {
    expect(readLowCreditState({ level: 'below' })).toEqual({ level: 'below' });
    expect(readLowCreditState({ level: 'below-half', extra: 1 })).toEqual({ level: 'below-half' });
    for (const junk of [null, 'below', 3, [], { level: 'BELOW' }, { level: ['below'] }, Object.create({ level: 'below' })]) {
      expect(readLowCreditState(junk)).toEqual({ level: 'none' });
    }
  });
});
