// Decides which notifications an account's view calls for, given those already shown: one per transition, never one per check. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { expiringWindowMs } from '../accounts/account-view';
import type { AlertNotification } from '../ports';
import {
  alertProblems,
  expiryAlertLevels,
  type AlertMemory,
  type AlertProblem,
  type ExpiryAlertLevel,
} from '../vault/vault-document';

export interface AlertDecision {
  notifications: AlertNotification[];
  /** What to remember as shown; equal to the input when nothing changed. */
  memory: AlertMemory;
}

const dayMs = 24 * 60 * 60 * 1000;
const lastDaysMs = 3 * dayMs;
/** Statuses that prove the account works again, so a later ban or rejection is a new transition. */
const healthy: ReadonlySet<AccountStatus> = new Set(['active', 'expiring', 'expired']);

/** How close a token with `left` ms to its `exp` is: null until 14 days are left, or when its `exp` is unknown. */
export function expiryLevel(left: number | null): ExpiryAlertLevel | null {
  if (left === null) return null;
  if (left <= 0) return 'expired';
  if (left <= lastDaysMs) return 'expiring-3d';
  return left <= expiringWindowMs ? 'expiring-14d' : null;
}

const days = (count: number): string => (count === 1 ? '1 day' : `${count} days`);

/** Only the label, the status and a day count: never a token, secret, client ID or server text. */
const problemNotices: Readonly<Record<AlertProblem, { title: string; body: string }>> = {
  banned: { title: 'Akool account banned', body: 'Akool reports this account as banned.' },
  invalid: {
    title: 'Akool credentials rejected',
    body: 'Akool rejected the client ID or secret. Replace the secret to use this account again.',
  },
  'payment-overdue': {
    title: 'Akool payment overdue',
    body: 'Akool reports a payment pending or overdue. Settle it in your Akool account to use this account again.',
  },
  'out-of-credit': { title: 'Akool credit used up', body: 'Akool reports not enough credit. Buy more credit to continue.' },
  'subscription-needed': {
    title: 'Akool subscription needed',
    body: 'Akool says this API needs a subscription. Subscribe to, or renew, a plan that includes it.',
  },
};

function problemNotice(view: AccountView, problem: AlertProblem): AlertNotification {
  const { title, body } = problemNotices[problem];
  return { title, body: `${view.label}: ${body}`, accountId: view.id };
}

/** The view's status when it is one notified once on entry, else null. */
function problemOf(status: AccountStatus): AlertProblem | null {
  return alertProblems.find((problem) => problem === status) ?? null;
}

/** Problems under which the token cannot be used at all, so its expiry is not worth a notification. */
const blocking: ReadonlySet<AlertProblem> = new Set(['banned', 'invalid', 'payment-overdue']);

function expiryNotice(view: AccountView, level: ExpiryAlertLevel, left: number): AlertNotification {
  if (level === 'expired') {
    return { title: 'Akool token expired', body: `${view.label}: the token has expired.`, accountId: view.id };
  }
  const body = `${view.label}: the token expires in ${days(Math.ceil(left / dayMs))}.`;
  return { title: 'Akool token expiring', body, accountId: view.id };
}

/**
 * Banned, invalid, payment overdue, out of credit and subscription needed notify when the account enters them (or
 * moves from one to another) and re-arm only after a check finds it healthy. Expiry notifies once per level (14 days,
 * 3 days, expired) per token fingerprint, only the most severe level reached, and not while the account is banned,
 * rejected or its payment is overdue.
 */
export function decideAlerts(view: AccountView, memory: AlertMemory, now: number): AlertDecision {
  const notifications: AlertNotification[] = [];
  let { problem, expiry } = memory;
  const current = problemOf(view.status);
  if (current !== null && current !== problem) {
    notifications.push(problemNotice(view, current));
    problem = current;
  }
  if (current === null && healthy.has(view.status)) problem = null;
  const left = view.expiresAt === null ? null : Date.parse(view.expiresAt) - now;
  const level = current === null || !blocking.has(current) ? expiryLevel(left) : null;
  const fingerprint = view.tokenFingerprint;
  const shown = expiry?.fingerprint === fingerprint ? expiryAlertLevels.indexOf(expiry.level) : -1;
  // An API-key account has no token, hence no fingerprint and no expiry.
  if (left !== null && level !== null && fingerprint !== null && expiryAlertLevels.indexOf(level) > shown) {
    notifications.push(expiryNotice(view, level, left));
    expiry = { fingerprint, level };
  }
  return { notifications, memory: problem === memory.problem && expiry === memory.expiry ? memory : { problem, expiry } };
}
