// One sentence per account status saying what it means and what to do, for the detail pane. Must not import React.
import type { AccountKind, AccountStatus } from '../../preload/contract';
import type { RenewalPlan } from './renewal-plan';

const advice: Record<AccountStatus, string> = {
  active: 'The token works. Copy it when a script needs it.',
  expiring: 'The token expires soon and akool-vault cannot renew it by itself: renew it now.',
  expired: 'The token has expired: renew it to get a new one.',
  invalid: 'Akool no longer accepts this client ID or secret: replace the secret with a current one.',
  banned: 'Akool has banned this account: its token will be refused. Contact Akool support; akool-vault will not renew it.',
  'payment-overdue':
    "Akool reports a payment pending or overdue, so it refuses this account's calls: settle it in your Akool account's billing page, then check again.",
  'out-of-credit':
    'Akool reports not enough credit for this account: buy more credit or upgrade your plan in your Akool account, then check again.',
  'subscription-needed':
    'Akool says this API needs a subscription: subscribe to, or renew, an Akool plan that includes it, then check again.',
  unreachable: 'Akool could not be reached at the last check: check your network, then check again.',
  error: 'The last check failed: check again, or see Advanced for the base URL.',
  unknown: 'This account has not been checked yet: check it now.',
  'record-changed':
    'Its base URL, client ID or stored secrets were changed outside akool-vault, so nothing was sent. If you did not change them, remove the account and add it again; if you did, use Replace secret and check the base URL it will send the secret to.',
};

/** The sentence for this status; an expiring token the monitor renews by itself needs nothing from the user; an API-key account has no token. */
export function statusAdvice(status: AccountStatus, plan: RenewalPlan, kind: AccountKind = 'client-credentials'): string {
  if (kind === 'api-key' && status === 'active') return 'The API key works. Copy it, or its x-api-key header, when a script needs it.';
  if (kind === 'api-key' && status === 'invalid') return 'Akool no longer accepts this API key: replace it with a current one.';
  if (status === 'expiring' && (plan.kind === 'scheduled' || plan.kind === 'next-check')) {
    return 'The token expires soon; akool-vault renews it by itself, so there is nothing to do.';
  }
  return advice[status];
}
