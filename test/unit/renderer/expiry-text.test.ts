// Proves the row's expiry words ("renews automatically" only for an expiring token the monitor renews) and the detail's renewal line. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { renewalText, rowExpiryText } from '../../../renderer/src/expiry-text';
import { formatDate } from '../../../renderer/src/format';
import { shownStatus } from '../../../renderer/src/status-text';
import { makeAccount } from './support/fixtures';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const day = 24 * 60 * 60_000;
const expiring = makeAccount({ status: 'expiring', expiresAt: new Date(now + 2 * day).toISOString() });

describe('rowExpiryText', () => {
  it('says "renews automatically" for an expiring token the monitor renews, and the expiry otherwise', () => {
    expect(rowExpiryText(expiring, { kind: 'scheduled', at: now + day }, now)).toBe('renews automatically');
    expect(rowExpiryText(expiring, { kind: 'next-check' }, now)).toBe('renews automatically');
    expect(rowExpiryText(expiring, { kind: 'overdue' }, now)).toBe('expires in 2d');
    expect(rowExpiryText({ ...expiring, status: 'banned' }, { kind: 'none' }, now)).toBe('expires in 2d');
    expect(rowExpiryText({ ...expiring, expiresAt: null }, { kind: 'none' }, now)).toBe('no expiry date');
    expect(rowExpiryText({ ...expiring, expiresAt: null, tokenFingerprint: null }, { kind: 'none' }, now)).toBe('no token yet');
  });

  it('says "API key" for an API-key account, which has no token to expire', () => {
    expect(rowExpiryText(makeAccount({ kind: 'api-key', status: 'active', expiresAt: null }), { kind: 'none' }, now)).toBe('API key');
  });
});

describe('renewalText', () => {
  it('names the renewal date, the next check, a failing renewal, or nothing', () => {
    expect(renewalText({ kind: 'scheduled', at: now + day })).toBe(`Renews automatically on ${formatDate(now + day)}`);
    expect(renewalText({ kind: 'next-check' })).toBe('Renews automatically at the next check');
    expect(renewalText({ kind: 'overdue' })).toBe('Automatic renewal has not worked yet: renew it now');
    expect(renewalText({ kind: 'none' })).toBeNull();
  });
});

describe('shownStatus', () => {
  it('shows an expiring token that renews by itself as active, and keeps the warning when it does not', () => {
    expect(shownStatus('expiring', { kind: 'next-check' })).toEqual({ word: 'active', tone: 'ok' });
    expect(shownStatus('expiring', { kind: 'overdue' })).toEqual({ word: 'expiring soon', tone: 'warn' });
    expect(shownStatus('banned', { kind: 'none' })).toEqual({ word: 'banned', tone: 'danger' });
  });
});
