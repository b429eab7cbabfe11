// Decides which notifications an account's view calls for, given those already shown: one per transition, never one per check. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { expiringWindowMs } from '../accounts/account-view';
import type { AlertNotification } from '../ports';
import { expiryAlertLevels, type AlertMemory, type ExpiryAlertLevel } from '../vault/vault-document';

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
function problemNotice(view: AccountView, problem: 'banned' | 'invalid'): AlertNotification {
  return problem === 'banned'
    ? { title: 'Akool account banned', body: `${view.label}: Akool reports this account as banned.`, accountId: view.id }
    : {
        title: 'Akool credentials rejected',
        body: `${view.label}: Akool rejected the client ID or secret. Replace the secret to use this account again.`,
        accountId: view.id,
      };
}

function expiryNotice(view: AccountView, level: ExpiryAlertLevel, left: number): AlertNotification {
  if (level === 'expired') {
    return { title: 'Akool token expired', body: `${view.label}: the token has expired.`, accountId: view.id };
  }
  const body = `${view.label}: the token expires in ${days(Math.ceil(left / dayMs))}.`;
  return { title: 'Akool token expiring', body, accountId: view.id };
}

/**
 * Banned and invalid notify when the account enters them and re-arm only after a check finds it healthy. Expiry
 * notifies once per level (14 days, 3 days, expired) per token fingerprint, only the most severe level reached,
 * and not while the account is banned or rejected.
 */
export function decideAlerts(view: AccountView, memory: AlertMemory, now: number): AlertDecision {
  const notifications: AlertNotification[] = [];
  let { problem, expiry } = memory;
  const current = view.status === 'banned' || view.status === 'invalid' ? view.status : null;
  if (current !== null && current !== problem) {
    notifications.push(problemNotice(view, current));
    problem = current;
  }
  if (current === null && healthy.has(view.status)) problem = null;
  const left = view.expiresAt === null ? null : Date.parse(view.expiresAt) - now;
  const level = current === null ? expiryLevel(left) : null;
  const shown = expiry?.fingerprint === view.tokenFingerprint ? expiryAlertLevels.indexOf(expiry.level) : -1;
  if (left !== null && level !== null && expiryAlertLevels.indexOf(level) > shown) {
    notifications.push(expiryNotice(view, level, left));
    expiry = { fingerprint: view.tokenFingerprint, level };
  }
  return { notifications, memory: problem === memory.problem && expiry === memory.expiry ? memory : { problem, expiry } };
}
