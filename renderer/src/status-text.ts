// The words shown for each account status, so status never depends on colour alone. Must not import React.
import type { AccountStatus } from '../../preload/contract';
import type { RenewalPlan } from './renewal-plan';

export const statusText: Record<AccountStatus, string> = {
  active: 'active',
  expiring: 'expiring soon',
  expired: 'expired',
  invalid: 'invalid credentials',
  banned: 'banned',
  'payment-overdue': 'payment overdue',
  'out-of-credit': 'out of credit',
  'subscription-needed': 'subscription needed',
  unreachable: 'unreachable',
  error: 'error',
  unknown: 'not checked yet',
  'record-changed': 'record changed outside akool-vault',
};

/** Tone of the status dot: an expiring token that renews by itself is as good as an active one. */
export type Tone = 'ok' | 'warn' | 'danger' | 'neutral';

const tones: Record<AccountStatus, Tone> = {
  active: 'ok',
  expiring: 'warn',
  expired: 'danger',
  invalid: 'danger',
  banned: 'danger',
  'payment-overdue': 'danger',
  'out-of-credit': 'warn',
  'subscription-needed': 'warn',
  unreachable: 'warn',
  error: 'danger',
  unknown: 'neutral',
  'record-changed': 'danger',
};

const renewsItself = (plan: RenewalPlan): boolean => plan.kind === 'scheduled' || plan.kind === 'next-check';

/** The status word and its tone as the window shows them: "active" for an expiring token that renews by itself. */
export function shownStatus(status: AccountStatus, plan: RenewalPlan): { word: string; tone: Tone } {
  if (status === 'expiring' && renewsItself(plan)) return { word: statusText.active, tone: 'ok' };
  return { word: statusText[status], tone: tones[status] };
}
