// Use case: open an account's key or a fresh token for the command line (after approval), renewing a token about to lapse first. Must not import electron.
import { failureToError } from '../akool/failure';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { apiKeyService, clientSecretService, requireRecord, tokenService } from './account-records';
import { openBound } from './account-seals';
import { renewAccountWhen } from './renew-account';

/** `key`: what Akool takes as x-api-key (an API-key account's key, or a client-credentials account's secret). */
export type RevealKind = 'key' | 'token';

export interface RevealedSecret {
  readonly value: string;
  /** The base URL the secret was sealed for: where it may be sent, never the record's own field. */
  readonly baseUrl: string;
}

/** A token handed out must outlive the command that asked for it: renew it when it lapses within this margin. */
export const handoutRenewMarginMs = 10 * 60 * 1000;

export const apiKeyHasNoTokenText = 'An API-key account has no token: use its key instead.';

async function open(context: AccountContext, id: string, kind: RevealKind): Promise<RevealedSecret> {
  const { deps } = context;
  const record = requireRecord(deps.documents.current(), id);
  const service = kind === 'token' ? tokenService : record.kind === 'api-key' ? apiKeyService : clientSecretService;
  const opened = await openBound(deps, service, id);
  if (opened === null) throw new VaultError('not-found', `No ${kind === 'token' ? 'token' : 'key'} is stored for this account.`);
  return { value: opened.value, baseUrl: opened.binding.baseUrl };
}

export async function revealSecret(context: AccountContext, id: string, kind: RevealKind): Promise<RevealedSecret> {
  const { deps } = context;
  if (kind === 'token') {
    if (requireRecord(deps.documents.current(), id).kind === 'api-key') throw new VaultError('invalid-input', apiKeyHasNoTokenText);
    const report = await renewAccountWhen(context, id, (record, now) => {
      const { expiresAt } = record.token;
      return expiresAt !== null && expiresAt - now <= handoutRenewMarginMs;
    });
    if (report.kind === 'failed') throw failureToError(report.failure);
  }
  return context.perAccount(id, () => context.announcingRecordChanges(() => open(context, id, kind)));
}
