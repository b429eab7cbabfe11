// The short expiry line of a list row and the renewal line of the detail pane, from the account and its renewal plan. Must not import React.
import type { AccountView } from '../../preload/contract';
import { formatDate } from './format';
import { expiryPhrase } from './relative-time';
import type { RenewalPlan } from './renewal-plan';

/** "API key" (no token, no expiry), "no token yet" (saved unchecked or refused a token), "renews automatically" for an expiring token the monitor renews, else "expires in 2d" / "expired 3h ago". */
export function rowExpiryText(account: AccountView, plan: RenewalPlan, now: number): string {
  if (account.kind === 'api-key') return 'API key';
  if (account.status === 'expiring' && (plan.kind === 'scheduled' || plan.kind === 'next-check')) {
    return 'renews automatically';
  }
  if (account.expiresAt === null) return account.tokenFingerprint === null ? 'no token yet' : 'no expiry date';
  return expiryPhrase(account.expiresAt, now, 'narrow');
}

/** "Renews automatically on 3 Dec 2026", "…at the next check", "Automatic renewal has not worked: renew it now", or null. */
export function renewalText(plan: RenewalPlan): string | null {
  if (plan.kind === 'scheduled') return `Renews automatically on ${formatDate(plan.at)}`;
  if (plan.kind === 'next-check') return 'Renews automatically at the next check';
  if (plan.kind === 'overdue') return 'Automatic renewal has not worked yet: renew it now';
  return null;
}
