// Which accounts the list shows and in what order: search over label, client ID and email, the four filters with their counts, and the sorts. Must not import React.
import type { AccountStatus, AccountView, Settings } from '../../preload/contract';
import { parseInstant } from './relative-time';
import { renewalPlan } from './renewal-plan';

export const filters = ['all', 'attention', 'expiring', 'banned'] as const;
export type Filter = (typeof filters)[number];

export const filterNames: Record<Filter, string> = {
  all: 'All',
  attention: 'Needs attention',
  expiring: 'Expiring',
  banned: 'Banned',
};

export const sorts = ['attention', 'name', 'expiry'] as const;
export type Sort = (typeof sorts)[number];

export const sortNames: Record<Sort, string> = {
  attention: 'Needs attention first',
  name: 'Name',
  expiry: 'Expires soonest',
};

type Policy = Pick<Settings, 'renewWindowDays' | 'checkIntervalMinutes'>;

/** Lower is more urgent; 'active' accounts (and expiring ones the monitor renews by itself) need nothing. */
const urgency: Record<AccountStatus, number> = {
  banned: 0,
  'record-changed': 0,
  invalid: 1,
  'payment-overdue': 1,
  expired: 2,
  'out-of-credit': 3,
  'subscription-needed': 3,
  error: 4,
  unreachable: 5,
  expiring: 6,
  unknown: 7,
  active: 8,
};

/** A low-credit account that is otherwise active ranks with the out-of-credit ones. */
const urgencyOf = (account: AccountView): number =>
  account.status === 'active' && account.lowCredit !== 'none' ? urgency['out-of-credit'] : urgency[account.status];

/**
 * True when the user has something to do: any status but active, except an expiring token that renews by itself;
 * also credit below the account's low-credit threshold.
 */
export function needsAttention(account: AccountView, policy: Policy, now: number): boolean {
  if (account.lowCredit !== 'none') return true;
  if (account.status === 'active') return false;
  if (account.status !== 'expiring') return true;
  return expiresUnrenewed(account, policy, now);
}

/**
 * True for a token that will not be renewed in time: expiring, and the monitor is not about to renew it (renewal
 * failing, or not possible). One it renews by itself (renew-policy.ts) needs nothing from the user, so it is left out.
 */
export function expiresUnrenewed(account: AccountView, policy: Policy, now: number): boolean {
  if (account.status !== 'expiring') return false;
  const plan = renewalPlan(account, policy, now).kind;
  return plan === 'overdue' || plan === 'none';
}

function matchesFilter(account: AccountView, filter: Filter, policy: Policy, now: number): boolean {
  if (filter === 'attention') return needsAttention(account, policy, now);
  if (filter === 'expiring') return expiresUnrenewed(account, policy, now);
  if (filter === 'banned') return account.status === 'banned';
  return true;
}

/**
 * What search looks in, lowercased once per account view: label, client ID and email, joined by a character no query
 * can hold after trim (a line break), so a match never spans two fields. Views are replaced, never changed, when an
 * account changes, so the cache follows them and lets go of old ones.
 */
const haystacks = new WeakMap<AccountView, string>();
function haystackOf(account: AccountView): string {
  let text = haystacks.get(account);
  if (text === undefined) {
    text = [account.label, account.clientId, account.email ?? ''].join('\n').toLowerCase();
    haystacks.set(account, text);
  }
  return text;
}

/** Case-insensitive substring match on label, client ID and email; an empty query matches everything. */
export function matchesQuery(account: AccountView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return !needle.includes('\n') && haystackOf(account).includes(needle);
}

export type FilterCounts = Record<Filter, number>;

/** How many accounts each filter shows among those matching the query. */
export function countFilters(accounts: readonly AccountView[], query: string, policy: Policy, now: number): FilterCounts {
  const counts: FilterCounts = { all: 0, attention: 0, expiring: 0, banned: 0 };
  for (const account of accounts) {
    if (!matchesQuery(account, query)) continue;
    for (const filter of filters) if (matchesFilter(account, filter, policy, now)) counts[filter] += 1;
  }
  return counts;
}

/** One collator for every comparison: localeCompare with options builds one per call, which dominated a keystroke's sort. */
const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: AccountView, b: AccountView): number => names.compare(a.label, b.label);

const expiryOf = (account: AccountView): number => parseInstant(account.expiresAt) ?? Number.POSITIVE_INFINITY;

export type View = { query: string; filter: Filter; sort: Sort };

/** The accounts to list, in order. Sorting is stable and ends on the name, so equal accounts never swap places. */
export function triage(accounts: readonly AccountView[], view: View, policy: Policy, now: number): AccountView[] {
  const shown = accounts.filter(
    (account) => matchesQuery(account, view.query) && matchesFilter(account, view.filter, policy, now),
  );
  if (view.sort === 'name') return shown.sort(byName);
  if (view.sort === 'expiry') return shown.sort((a, b) => expiryOf(a) - expiryOf(b) || byName(a, b));
  const rank = new Map(
    shown.map((account) => [account.id, needsAttention(account, policy, now) ? urgencyOf(account) : urgency.active]),
  );
  return shown.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || byName(a, b));
}
