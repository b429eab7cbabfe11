// Proves notifications fire once per transition and once per expiry level per token, never per check.
import { describe, expect, it } from 'vitest';
import type { AccountStatus, AccountView } from '../../../../preload/contract';
import { decideAlerts, expiryLevel } from '../../../../main/core/alerts/alert-policy';
import { noAlerts, type AlertMemory } from '../../../../main/core/vault/vault-document';
import { accountView, dayMs, testNow } from '../../../support/account-views';

/** Feeds a series of views through the policy as successive reviews do; returns every title shown. */
function replay(views: readonly AccountView[]): { titles: string[]; memory: AlertMemory } {
  let memory = noAlerts;
  const titles: string[] = [];
  for (const view of views) {
    const decision = decideAlerts(view, memory, testNow);
    titles.push(...decision.notifications.map((notification) => notification.title));
    memory = decision.memory;
  }
  return { titles, memory };
}

const same = accountView('active', 100, { label: 'Main' });
const as = (status: AccountStatus, days = 100, fingerprint = 'ab12cd34'): AccountView => ({
  ...same,
  status,
  tokenFingerprint: fingerprint,
  expiresAt: new Date(testNow + days * dayMs).toISOString(),
});

describe('alert policy', () => {
  it('notifies a ban once, however many checks repeat it, and again only after the account was healthy', () => {
    const { titles } = replay([as('active'), as('banned'), as('banned'), as('unreachable'), as('banned'), as('active'), as('banned')]);
    expect(titles).toEqual(['Akool account banned', 'Akool account banned']);
  });

  it('notifies invalid credentials once, and a change from invalid to banned as a new transition', () => {
    const { titles } = replay([as('invalid'), as('unknown'), as('invalid'), as('banned')]);
    expect(titles).toEqual(['Akool credentials rejected', 'Akool account banned']);
  });

  it.each([
    ['payment-overdue', 'Akool payment overdue'],
    ['out-of-credit', 'Akool credit used up'],
    ['subscription-needed', 'Akool subscription needed'],
  ] as const)('notifies %s once on entry, not per check, and again only after the account was healthy', (status, title) => {
    const { titles, memory } = replay([as('active'), as(status), as(status), as('unreachable'), as(status), as('active'), as(status)]);
    expect(titles).toEqual([title, title]);
    expect(memory.problem).toBe(status);
  });

  it('treats a move between the new statuses as a new transition, and names only the label and what to do', () => {
    const { titles } = replay([as('out-of-credit'), as('payment-overdue'), as('subscription-needed'), as('subscription-needed')]);
    expect(titles).toEqual(['Akool credit used up', 'Akool payment overdue', 'Akool subscription needed']);
    expect(decideAlerts(as('payment-overdue'), noAlerts, testNow).notifications).toEqual([
      {
        title: 'Akool payment overdue',
        body: 'Main: Akool reports a payment pending or overdue. Settle it in your Akool account to use this account again.',
        accountId: same.id,
      },
    ]);
  });

  it('holds expiry notices back while a payment is overdue, but not while only credit or a subscription is missing', () => {
    expect(replay([as('payment-overdue', 2)]).titles).toEqual(['Akool payment overdue']);
    expect(replay([as('out-of-credit', 2)]).titles).toEqual(['Akool credit used up', 'Akool token expiring']);
    expect(replay([as('subscription-needed', 2)]).titles).toEqual(['Akool subscription needed', 'Akool token expiring']);
  });

  it('notifies 14 days, 3 days and expired once each for one token, and again for a new token', () => {
    const { titles } = replay([
      as('active', 20),
      as('active', 13),
      as('active', 12),
      as('active', 2),
      as('active', 1),
      as('expired', -1),
      as('expired', -2),
      as('active', 10, 'ffff0000'),
    ]);
    expect(titles).toEqual([
      'Akool token expiring',
      'Akool token expiring',
      'Akool token expired',
      'Akool token expiring',
    ]);
  });

  it('shows only the most severe level reached when a token is first seen late', () => {
    const first = decideAlerts(as('active', 2), noAlerts, testNow);
    expect(first.notifications.map((n) => n.body)).toEqual(['Main: the token expires in 2 days.']);
    expect(decideAlerts(as('active', 10), first.memory, testNow).notifications).toEqual([]);
  });

  it('holds expiry notices back while the account is banned', () => {
    const { titles, memory } = replay([as('banned', 2), as('banned', 1)]);
    expect(titles).toEqual(['Akool account banned']);
    expect(memory.expiry).toBeNull();
  });

  it('returns the same memory object when nothing changed, so nothing is written', () => {
    const { memory } = replay([as('banned')]);
    expect(decideAlerts(as('banned'), memory, testNow).memory).toBe(memory);
  });

  it('names the account by label and says days, nothing else', () => {
    const view = { ...as('active', 0.5), label: 'Prod' };
    expect(decideAlerts(view, noAlerts, testNow).notifications).toEqual([
      { title: 'Akool token expiring', body: 'Prod: the token expires in 1 day.', accountId: view.id },
    ]);
  });

  it.each([
    [null, null],
    [15 * dayMs, null],
    [14 * dayMs, 'expiring-14d'],
    [3 * dayMs, 'expiring-3d'],
    [1, 'expiring-3d'],
    [0, 'expired'],
  ] as const)('a token with %s ms left is at level %s', (left, level) => {
    expect(expiryLevel(left)).toBe(level);
  });
});
