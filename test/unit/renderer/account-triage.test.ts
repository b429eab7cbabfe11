// Proves search, the four filters with their counts, and the sorts that decide which accounts the list shows. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../preload/contract';
import { countFilters, matchesQuery, needsAttention, triage } from '../../../renderer/src/account-triage';
import { makeAccount } from './support/fixtures';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const day = 24 * 60 * 60_000;
const iso = (epochMs: number): string => new Date(epochMs).toISOString();
const policy = { renewWindowDays: 7, checkIntervalMinutes: 15 };
const old = iso(now - 100 * day);

const renewsItself = makeAccount({ label: 'Renews', status: 'expiring', expiresAt: iso(now + 10 * day), issuedAt: old, createdAt: old });
const stuck = makeAccount({ label: 'Stuck', status: 'expiring', expiresAt: iso(now + 2 * day), issuedAt: old, createdAt: old });
const banned = makeAccount({ label: 'Banned one', status: 'banned', email: 'x@ban.test', expiresAt: iso(now + 200 * day) });
const fine = makeAccount({ label: 'alpha', status: 'active', clientId: 'CLIENT-77', email: 'ops@example.com', expiresAt: iso(now + 300 * day) });
const invalid = makeAccount({ label: 'Beta', status: 'invalid', expiresAt: iso(now + 50 * day) });
const all: AccountView[] = [fine, renewsItself, banned, stuck, invalid];
const labels = (accounts: AccountView[]): string[] => accounts.map((account) => account.label);

describe('matchesQuery', () => {
  it('matches label, client ID and email case-insensitively, and everything for a blank query', () => {
    expect(matchesQuery(fine, 'ALP')).toBe(true);
    expect(matchesQuery(fine, 'client-7')).toBe(true);
    expect(matchesQuery(fine, 'example.COM')).toBe(true);
    expect(matchesQuery(fine, '  ')).toBe(true);
    expect(matchesQuery(fine, 'ban.test')).toBe(false);
  });
});

describe('needsAttention', () => {
  it('leaves out active accounts and expiring ones the monitor renews by itself', () => {
    expect(needsAttention(fine, policy, now)).toBe(false);
    expect(needsAttention(renewsItself, policy, now)).toBe(false);
    expect(needsAttention(stuck, policy, now)).toBe(true);
    expect(needsAttention(banned, policy, now)).toBe(true);
  });

  it('counts an active account whose credit is below its low-credit threshold, and ranks it with out-of-credit ones', () => {
    const low = makeAccount({ label: 'Low', status: 'active', expiresAt: iso(now + 300 * day), lowCredit: 'below', lowCreditThreshold: 50 });
    expect(needsAttention(low, policy, now)).toBe(true);
    expect(countFilters([fine, low], '', policy, now).attention).toBe(1);
    expect(labels(triage([fine, stuck, low, invalid], { query: '', filter: 'all', sort: 'attention' }, policy, now))).toEqual([
      'Beta',
      'Low',
      'Stuck',
      'alpha',
    ]);
  });
});

describe('triage', () => {
  it('puts what needs attention first, most urgent first, then by name', () => {
    expect(labels(triage(all, { query: '', filter: 'all', sort: 'attention' }, policy, now))).toEqual([
      'Banned one',
      'Beta',
      'Stuck',
      'alpha',
      'Renews',
    ]);
  });

  it('ranks payment overdue with invalid credentials, and out of credit and subscription needed above errors', () => {
    const at = (label: string, status: AccountView['status']) => makeAccount({ label, status, expiresAt: iso(now + 300 * day) });
    const accounts = [at('E', 'error'), at('S', 'subscription-needed'), at('O', 'out-of-credit'), at('P', 'payment-overdue'), fine, invalid, stuck];
    expect(labels(triage(accounts, { query: '', filter: 'attention', sort: 'attention' }, policy, now))).toEqual([
      'Beta',
      'P',
      'O',
      'S',
      'E',
      'Stuck',
    ]);
    expect(countFilters(accounts, '', policy, now).attention).toBe(6);
  });

  it('sorts by name and by expiry', () => {
    expect(labels(triage(all, { query: '', filter: 'all', sort: 'name' }, policy, now))).toEqual([
      'alpha',
      'Banned one',
      'Beta',
      'Renews',
      'Stuck',
    ]);
    expect(labels(triage(all, { query: '', filter: 'all', sort: 'expiry' }, policy, now))).toEqual([
      'Stuck',
      'Renews',
      'Beta',
      'Banned one',
      'alpha',
    ]);
  });

  it('applies each filter together with the query', () => {
    expect(labels(triage(all, { query: '', filter: 'attention', sort: 'name' }, policy, now))).toEqual(['Banned one', 'Beta', 'Stuck']);
    // Only what will not be renewed in time: the token the monitor renews by itself needs nothing from the user.
    expect(labels(triage(all, { query: '', filter: 'expiring', sort: 'name' }, policy, now))).toEqual(['Stuck']);
    expect(labels(triage(all, { query: '', filter: 'banned', sort: 'name' }, policy, now))).toEqual(['Banned one']);
    expect(labels(triage(all, { query: 'st', filter: 'expiring', sort: 'name' }, policy, now))).toEqual(['Stuck']);
  });

  it('does not reorder the caller array', () => {
    const before = labels(all);
    triage(all, { query: '', filter: 'all', sort: 'name' }, policy, now);
    expect(labels(all)).toEqual(before);
  });
});

describe('countFilters', () => {
  it('counts every filter over the accounts matching the query', () => {
    expect(countFilters(all, '', policy, now)).toEqual({ all: 5, attention: 3, expiring: 1, banned: 1 });
    expect(countFilters(all, 'b', policy, now)).toEqual({ all: 2, attention: 2, expiring: 0, banned: 1 });
  });
});
