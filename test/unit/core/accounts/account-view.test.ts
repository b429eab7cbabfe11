// Proves how stored results and the token's exp combine into the status the user sees.
import { describe, expect, it } from 'vitest';
import { deriveStatus, expiringWindowMs, toAccountView } from '../../../../main/core/accounts/account-view';
import { emptyVaultDocument, noAlerts, vaultDocumentSchema, type AccountRecord, type LastResult } from '../../../../main/core/vault/vault-document';

const now = Date.UTC(2026, 10, 24);
const day = 24 * 60 * 60 * 1000;

const record = (result: LastResult, expiresAt: number | null): AccountRecord => ({
  id: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
  label: 'Main',
  clientId: 'client-1',
  baseUrl: 'https://openapi.akool.com',
  createdAt: now - day,
  token: { fingerprint: 'ab12cd34', expiresAt, issuedAt: now - day, email: 'a@b.test', uid: '42' },
  status: { result, problem: null, credit: 10, checkedAt: now },
  banDismissed: false,
  alerts: noAlerts,
});

describe('account status', () => {
  it.each([
    ['active', now + 100 * day, 'active'],
    ['active', now + expiringWindowMs, 'expiring'],
    ['active', now - 1, 'expired'],
    ['unknown', now - 1, 'expired'],
    ['unknown', null, 'unknown'],
    ['active', null, 'active'],
    ['banned', now - 1, 'banned'],
    ['invalid', now + 100 * day, 'invalid'],
    ['unreachable', now + 100 * day, 'unreachable'],
    ['error', now + 100 * day, 'error'],
    ['payment-overdue', now - 1, 'payment-overdue'],
    ['out-of-credit', now + 100 * day, 'out-of-credit'],
    ['subscription-needed', now + expiringWindowMs, 'subscription-needed'],
  ] as const)('%s with exp %s shows %s', (result, expiresAt, expected) => {
    expect(deriveStatus(record(result, expiresAt), now)).toBe(expected);
  });

  it('shows dates as ISO strings and never a token field', () => {
    const view = toAccountView(record('active', now + 100 * day), now);
    expect(view.expiresAt).toBe(new Date(now + 100 * day).toISOString());
    expect(view.tokenFingerprint).toBe('ab12cd34');
    expect(Object.keys(view)).not.toContain('token');
  });

  it('shows our sentence for the stored code, and this run\'s full message only while it describes that code', () => {
    const banned = { ...record('banned', null), status: { result: 'banned' as const, problem: 'akool:1200' as const, credit: 1, checkedAt: now } };
    expect(toAccountView(banned, now).problem).toBe('Akool reports this account as banned (code 1200).');
    const recent = { code: 'akool:1200' as const, text: 'Akool reports this account as banned (code 1200). Akool said: contact support' };
    expect(toAccountView(banned, now, recent).problem).toBe(recent.text);
    expect(toAccountView(banned, now, { ...recent, code: 'unreachable' }).problem).toBe('Akool reports this account as banned (code 1200).');
    expect(toAccountView(record('active', null), now, recent).problem).toBeNull();
  });

  it('words an Akool code for what the account sends, and keeps every other code to our fixed sentences', () => {
    const invalid = (kind: 'api-key' | undefined) => ({ ...record('invalid', null), kind, status: { result: 'invalid' as const, problem: 'akool:1101' as const, credit: null, checkedAt: now } });
    expect(toAccountView(invalid('api-key'), now).problem).toBe('Akool rejected the API key as invalid or expired (code 1101).');
    expect(toAccountView(invalid(undefined), now).problem).toBe('Akool rejected the clientId/clientSecret as invalid or expired (code 1101).');
    const error = (problem: 'unreachable' | 'bad-response' | 'akool:1000' | 'akool:4242') => ({ ...record('error', null), status: { result: 'error' as const, problem, credit: null, checkedAt: now } });
    expect(toAccountView(error('unreachable'), now).problem).toBe('Could not reach the Akool API.');
    expect(toAccountView(error('bad-response'), now).problem).toBe('The Akool API gave an answer akool-vault cannot use.');
    expect(toAccountView(error('akool:1000'), now).problem).toBe('Akool answered code 1000.');
    expect(toAccountView(error('akool:4242'), now).problem).toBe('Akool answered code 4242.');
  });

  it('stores and reads back the new results and alert memories, and still reads a file written before them', () => {
    const stored = { ...record('out-of-credit', null), alerts: { problem: 'payment-overdue' as const, expiry: null } };
    const document = { ...emptyVaultDocument, accounts: [stored] };
    expect(vaultDocumentSchema.parse(JSON.parse(JSON.stringify(document))).accounts[0]).toMatchObject({
      status: { result: 'out-of-credit' },
      alerts: { problem: 'payment-overdue' },
    });
    const { alerts: _alerts, banDismissed: _dismissed, ...older } = record('banned', null);
    expect(vaultDocumentSchema.parse({ ...emptyVaultDocument, accounts: [older] }).accounts[0]?.alerts).toEqual(noAlerts);
  });
});
