// When the monitor will renew a token by itself, mirroring main/core/monitor/renew-policy.ts: at min(renew window, half the token's life) before exp. Must not import React or read the clock itself.
import type { AccountView, Settings } from '../../preload/contract';
import { parseInstant } from './relative-time';

const dayMs = 24 * 60 * 60 * 1000;
const minuteMs = 60_000;

/**
 * `scheduled`: renewed by itself at `at`. `next-check`: inside the window, renewed at the next background check.
 * `overdue`: inside the window for over two check intervals and still not renewed, so renewal is failing.
 * `none`: not renewed automatically (banned, invalid, unreachable… or no known expiry).
 */
export type RenewalPlan =
  | { kind: 'scheduled'; at: number }
  | { kind: 'next-check' }
  | { kind: 'overdue' }
  | { kind: 'none' };

type Account = Pick<AccountView, 'status' | 'expiresAt' | 'issuedAt' | 'createdAt'>;
type Policy = Pick<Settings, 'renewWindowDays' | 'checkIntervalMinutes'>;

/** The instant the monitor starts renewing this token, or null without a known expiry. */
export function renewalDate(account: Pick<AccountView, 'expiresAt' | 'issuedAt'>, renewWindowDays: number): number | null {
  const expiresAt = parseInstant(account.expiresAt);
  if (expiresAt === null) return null;
  const windowMs = renewWindowDays * dayMs;
  const issuedAt = parseInstant(account.issuedAt);
  const threshold = issuedAt === null || issuedAt >= expiresAt ? windowMs : Math.min(windowMs, (expiresAt - issuedAt) / 2);
  return expiresAt - threshold;
}

export function renewalPlan(account: Account, policy: Policy, now: number): RenewalPlan {
  if (account.status !== 'active' && account.status !== 'expiring') return { kind: 'none' };
  const at = renewalDate(account, policy.renewWindowDays);
  if (at === null) return { kind: 'none' };
  if (at > now) return { kind: 'scheduled', at };
  // The monitor could not have tried before the account existed, so the grace starts at the later of the two.
  const since = Math.max(at, parseInstant(account.createdAt) ?? at);
  return now - since > 2 * policy.checkIntervalMinutes * minuteMs ? { kind: 'overdue' } : { kind: 'next-check' };
}
