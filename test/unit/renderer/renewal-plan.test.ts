// Proves the renderer's renewal date matches the main process's rule (renew window, at most half the token's life) and when renewal counts as failing. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { renewalDate, renewalPlan } from '../../../renderer/src/renewal-plan';
import { makeAccount } from './support/fixtures';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const minute = 60_000;
const day = 24 * 60 * minute;
const iso = (epochMs: number): string => new Date(epochMs).toISOString();
const policy = { renewWindowDays: 7, checkIntervalMinutes: 15 };

describe('renewalDate', () => {
  it('is the renew window before exp for a long-lived token', () => {
    const account = { expiresAt: iso(now + 400 * day), issuedAt: iso(now) };
    expect(renewalDate(account, 7)).toBe(now + 393 * day);
    expect(renewalDate(account, 30)).toBe(now + 370 * day);
  });

  it('is half the lifetime before exp when the life is shorter than twice the window', () => {
    expect(renewalDate({ expiresAt: iso(now + 4 * day), issuedAt: iso(now) }, 7)).toBe(now + 2 * day);
  });

  it('falls back to the window without a usable issue time, and is null without an expiry', () => {
    expect(renewalDate({ expiresAt: iso(now + 10 * day), issuedAt: null }, 7)).toBe(now + 3 * day);
    expect(renewalDate({ expiresAt: iso(now + 10 * day), issuedAt: iso(now + 11 * day) }, 7)).toBe(now + 3 * day);
    expect(renewalDate({ expiresAt: null, issuedAt: iso(now) }, 7)).toBeNull();
  });
});

describe('renewalPlan', () => {
  const created = iso(now - 30 * day);

  it('schedules a healthy token at its renewal date', () => {
    const account = makeAccount({ status: 'expiring', expiresAt: iso(now + 10 * day), issuedAt: iso(now - 390 * day), createdAt: created });
    expect(renewalPlan(account, policy, now)).toEqual({ kind: 'scheduled', at: now + 3 * day });
  });

  it('waits for the next check just inside the window', () => {
    const account = makeAccount({ status: 'expiring', expiresAt: iso(now + 6 * day), issuedAt: iso(now - 390 * day), createdAt: created });
    const renewAt = now - day;
    expect(renewalPlan(account, policy, renewAt + 29 * minute)).toEqual({ kind: 'next-check' });
    expect(renewalPlan(account, policy, renewAt + 31 * minute)).toEqual({ kind: 'overdue' });
  });

  it('gives an account added inside its window two check intervals from when it was added', () => {
    const account = makeAccount({ status: 'expiring', expiresAt: iso(now + 3 * day), issuedAt: iso(now - 397 * day), createdAt: iso(now - 10 * minute) });
    expect(renewalPlan(account, policy, now)).toEqual({ kind: 'next-check' });
    expect(renewalPlan(account, { ...policy, checkIntervalMinutes: 5 }, now)).toEqual({ kind: 'next-check' });
    expect(renewalPlan(account, { ...policy, checkIntervalMinutes: 5 }, now + minute)).toEqual({ kind: 'overdue' });
  });

  it.each(['banned', 'invalid', 'expired', 'unreachable', 'error', 'unknown'] as const)('renews nothing for a %s account', (status) => {
    const account = makeAccount({ status, expiresAt: iso(now + 3 * day), issuedAt: iso(now - 397 * day), createdAt: created });
    expect(renewalPlan(account, policy, now)).toEqual({ kind: 'none' });
  });

  it('renews nothing without a known expiry', () => {
    expect(renewalPlan(makeAccount({ expiresAt: null }), policy, now)).toEqual({ kind: 'none' });
  });
});
