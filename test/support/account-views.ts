// Builds AccountView and AccountRecord values for pure unit tests.
import type { AccountStatus, AccountView } from '../../preload/contract';
import { noAlerts, type AccountRecord, type LastResult } from '../../main/core/vault/vault-document';

export const dayMs = 24 * 60 * 60 * 1000;
export const testNow = Date.UTC(2026, 10, 24, 12, 0, 0);

let counter = 0;
const nextId = (): string => `3f1c9d2e-8a4b-4c6d-9e0f-${String((counter += 1)).padStart(12, '0')}`;

/** An active account that has not been checked: no expiry, identity, credit or last check yet. */
export function bareAccountView(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
    label: 'Main',
    clientId: 'client-1',
    baseUrl: 'https://openapi.akool.com',
    replaceBaseUrl: 'https://openapi.akool.com',
    baseUrlUnicode: 'https://openapi.akool.com',
    status: 'active',
    problem: null,
    expiresAt: null,
    issuedAt: null,
    email: null,
    uid: null,
    credit: null,
    checkedAt: null,
    tokenFingerprint: 'ab12cd34',
    kind: 'client-credentials',
    keyFingerprint: null,
    createdAt: new Date(testNow).toISOString(),
    banDismissed: false,
    creditHistory: [],
    creditForecast: { kind: 'too-few-samples', burnPerDay: null, daysLeft: null, text: 'No forecast yet.' },
    lowCredit: 'none',
    lowCreditThreshold: null,
    lowCreditOverridden: false,
    ...overrides,
  };
}

/** A view of an account with `status`, checked at testNow, whose token expires `expiresInDays` after testNow (null: no exp). */
export function accountView(
  status: AccountStatus,
  expiresInDays: number | null = 100,
  overrides: Partial<AccountView> = {},
): AccountView {
  return bareAccountView({
    id: nextId(),
    label: `Account ${counter}`,
    status,
    expiresAt: expiresInDays === null ? null : new Date(testNow + expiresInDays * dayMs).toISOString(),
    credit: 10,
    checkedAt: new Date(testNow).toISOString(),
    createdAt: new Date(testNow - dayMs).toISOString(),
    ...overrides,
  });
}

/** A stored record whose last check said `result`, with a token issued `lifetimeDays` before its exp. */
export function accountRecord(
  result: LastResult,
  expiresInDays: number | null,
  lifetimeDays: number | null = 30,
): AccountRecord {
  const expiresAt = expiresInDays === null ? null : testNow + expiresInDays * dayMs;
  return {
    id: nextId(),
    label: 'Main',
    clientId: 'client-1',
    baseUrl: 'https://openapi.akool.com',
    createdAt: testNow - dayMs,
    token: {
      fingerprint: 'ab12cd34',
      expiresAt,
      issuedAt: expiresAt === null || lifetimeDays === null ? null : expiresAt - lifetimeDays * dayMs,
      email: null,
      uid: null,
    },
    status: { result, problem: null, credit: 10, checkedAt: testNow },
    banDismissed: false,
    alerts: noAlerts,
  };
}
