// Turns a stored account record into the AccountView the renderer may see. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { withExcerpt } from '../akool/failure';
import type { AccountRecord } from '../vault/vault-document';
import { toCreditView } from './credit-view';

/** Tokens closer than this to their `exp` show as "expiring soon". */
export const expiringWindowMs = 14 * 24 * 60 * 60 * 1000;

const iso = (epochMs: number | null): string | null => (epochMs === null ? null : new Date(epochMs).toISOString());

export function deriveStatus(record: AccountRecord, now: number): AccountStatus {
  const { result } = record.status;
  if (result !== 'active' && result !== 'unknown') return result;
  const { expiresAt } = record.token;
  if (expiresAt !== null && expiresAt <= now) return 'expired';
  if (result === 'active' && expiresAt !== null && expiresAt - now <= expiringWindowMs) return 'expiring';
  return result;
}

/**
 * `excerpt`: the in-memory server excerpt of the last failure, shown after our stored text; `lowCreditThreshold`: the
 * global setting, used unless the account has its own.
 */
export function toAccountView(
  record: AccountRecord,
  now: number,
  excerpt: string | null = null,
  lowCreditThreshold: number | null = null,
): AccountView {
  const { problem } = record.status;
  // An API-key account keeps its key's fingerprint where a token's would be (keyMetadata); it has no token.
  const keyAccount = record.kind === 'api-key';
  return {
    id: record.id,
    label: record.label,
    clientId: record.clientId,
    baseUrl: record.baseUrl,
    status: deriveStatus(record, now),
    problem: problem === null ? null : withExcerpt(problem, excerpt),
    expiresAt: iso(record.token.expiresAt),
    issuedAt: iso(record.token.issuedAt),
    email: record.token.email,
    uid: record.token.uid,
    credit: record.status.credit,
    checkedAt: iso(record.status.checkedAt),
    tokenFingerprint: keyAccount ? null : record.token.fingerprint,
    kind: keyAccount ? 'api-key' : 'client-credentials',
    keyFingerprint: keyAccount ? record.token.fingerprint : null,
    createdAt: new Date(record.createdAt).toISOString(),
    banDismissed: record.banDismissed,
    ...toCreditView(record, lowCreditThreshold),
  };
}
