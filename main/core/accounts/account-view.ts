// Turns a stored account record into the AccountView the renderer may see. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { defaultBaseUrl } from '../akool/base-url';
import { unicodeBaseUrl } from '../akool/host-display';
import type { AccountRecord } from '../vault/vault-document';
import { toCreditView } from './credit-view';
import type { RecentProblem } from './excerpt-memory';
import { problemText } from './problem-text';

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

/** What the window says went wrong: this run's full message while it still describes the stored code, else our sentence for the code. */
function problemShown(record: AccountRecord, recent: RecentProblem | null): string | null {
  const { problem } = record.status;
  if (problem === null) return null;
  return recent?.code === problem ? recent.text : problemText(problem, record.kind ?? 'client-credentials');
}

/**
 * `recent`: the last failure as this run saw it (in memory only); `lowCreditThreshold`: the global setting, used
 * unless the account has its own.
 */
export function toAccountView(
  record: AccountRecord,
  now: number,
  recent: RecentProblem | null = null,
  lowCreditThreshold: number | null = null,
): AccountView {
  // An API-key account keeps its key's fingerprint where a token's would be (keyMetadata); it has no token.
  const keyAccount = record.kind === 'api-key';
  return {
    id: record.id,
    label: record.label,
    clientId: record.clientId,
    baseUrl: record.baseUrl,
    baseUrlUnicode: unicodeBaseUrl(record.baseUrl),
    replaceBaseUrl: record.status.result === 'record-changed' ? defaultBaseUrl : record.baseUrl,
    status: deriveStatus(record, now),
    problem: problemShown(record, recent),
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
