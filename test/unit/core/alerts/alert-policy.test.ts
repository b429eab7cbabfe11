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
