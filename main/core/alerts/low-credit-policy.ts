// Low-credit alerts: one notice below the threshold, one below half of it, never twice in the same dip. Must not import electron or node:*.

/** How far into the current dip the account has been notified. */
export type LowCreditLevel = 'none' | 'below' | 'below-half';

export interface LowCreditState {
  level: LowCreditLevel;
}

export interface LowCreditNotice {
  level: 'below' | 'below-half';
  severity: 'attention';
  title: string;
  body: string;
}

export interface LowCreditStep {
  state: LowCreditState;
  /** True while credit is below the threshold: the window and tray show the attention state. */
  attention: boolean;
  /** At most one notice per crossing; null when nothing new happened. */
  notice: LowCreditNotice | null;
}

export const initialLowCreditState: LowCreditState = { level: 'none' };

const levels: readonly LowCreditLevel[] = ['none', 'below', 'below-half'];

/** A usable threshold (a finite number above 0, at most the largest safe integer), else null: off. */
export function readThreshold(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : null;
}

/**
 * The threshold in force for an account: its override when it has one (null turns alerts off for it), otherwise
 * the global default (null, the default, means off).
 */
export function thresholdFor(globalDefault: unknown, override: unknown): number | null {
  return override === undefined ? readThreshold(globalDefault) : readThreshold(override);
}

/** Stored state from untrusted data: anything unknown reads as 'none'. */
export function readLowCreditState(value: unknown): LowCreditState {
  if (typeof value !== 'object' || value === null) return initialLowCreditState;
  const level = Object.getOwnPropertyDescriptor(value, 'level')?.value;
  return { level: levels.find((candidate) => candidate === level) ?? 'none' };
}

function noticeFor(level: 'below' | 'below-half', credit: number, threshold: number): LowCreditNotice {
  return level === 'below'
    ? { level, severity: 'attention', title: 'Akool credit low', body: `Credit is ${credit}, below your threshold of ${threshold}.` }
    : {
        level,
        severity: 'attention',
        title: 'Akool credit very low',
        body: `Credit is ${credit}, below half of your threshold of ${threshold}.`,
      };
}

/**
 * The next state after a check read `credit` (null when the check gave no credit). Below the threshold → one
 * 'below' notice; below half of it → one 'below-half' notice (only that one when both are crossed at once).
 * Back at or above the threshold, or with alerts off, the state re-arms to 'none' without a notice.
 */
export function stepLowCredit(previous: LowCreditState, credit: number | null, threshold: number | null): LowCreditStep {
  const usableThreshold = readThreshold(threshold);
  if (usableThreshold === null) return { state: initialLowCreditState, attention: false, notice: null };
  if (credit === null || !Number.isFinite(credit)) {
    return { state: previous, attention: previous.level !== 'none', notice: null };
  }
  if (credit >= usableThreshold) return { state: initialLowCreditState, attention: false, notice: null };
  const level = credit < usableThreshold / 2 ? 'below-half' : 'below';
  if (previous.level === 'below-half' || previous.level === level) {
    return { state: previous, attention: true, notice: null };
  }
  return { state: { level }, attention: true, notice: noticeFor(level, credit, usableThreshold) };
}
