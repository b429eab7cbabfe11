// Builders for AccountView and VaultState test data with safe defaults. Must not import electron, node:* or main/.
import { defaultSettings, type AccountView, type ProtectionView, type VaultState } from '../../../../preload/contract';

let counter = 0;

/** A fresh RFC 4122 v4-shaped id, unique per call within a run. */
export function makeId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function makeAccount(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: makeId(),
    label: 'Production',
    clientId: 'client-prod-1',
    baseUrl: 'https://openapi.akool.com',
    replaceBaseUrl: 'https://openapi.akool.com',
    baseUrlUnicode: 'https://openapi.akool.com',
    status: 'active',
    problem: null,
    expiresAt: '2031-01-01T00:00:00.000Z',
    issuedAt: '2030-01-01T00:00:00.000Z',
    email: 'ops@example.com',
    uid: '4242',
    credit: 42,
    checkedAt: null,
    tokenFingerprint: 'ab12cd34',
    kind: 'client-credentials',
    keyFingerprint: null,
    createdAt: '2030-01-01T00:00:00.000Z',
    banDismissed: false,
    creditHistory: [],
    creditForecast: { kind: 'too-few-samples', burnPerDay: null, daysLeft: null, text: 'No forecast yet.' },
    lowCredit: 'none',
    lowCreditThreshold: null,
    lowCreditOverridden: false,
    ...overrides,
  };
}

export const strongProtection: ProtectionView = {
  backend: 'gnome_libsecret',
  level: 'strong',
  weakOptIn: false,
  canStoreSecrets: true,
  sealMark: 'v11',
  weakSeals: 0,
};

export function makeState(overrides: Partial<VaultState> = {}): VaultState {
  return { accounts: [], protection: strongProtection, settings: defaultSettings, notice: null, locked: false, ...overrides };
}
