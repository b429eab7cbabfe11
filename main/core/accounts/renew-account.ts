// Use case: renew an account's token with its stored secret, once and only while the caller's condition still holds. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { AkoolFailure, QuotaOutcome } from '../akool/client';
import { failureToError } from '../akool/failure';
import type { AccountRecord } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { requireRecord } from './account-records';
import { recordOutcome, renewStoredToken, storedSecrets } from './account-status';

/** Decides, once it is the account's turn in its queue, whether a renewal still makes sense for the record as it is then. */
export type RenewCondition = (record: AccountRecord, now: number) => boolean;

export type RenewReport =
  | { kind: 'skipped' }
  | { kind: 'failed'; failure: AkoolFailure }
  | { kind: 'renewed'; checked: QuotaOutcome };

/** Renews only if `condition` still holds when the account's turn comes; the quota is then checked with the new token. */
export function renewAccountWhen(context: AccountContext, id: string, condition: RenewCondition): Promise<RenewReport> {
  const { deps } = context;
  return context.perAccount(id, () =>
    context.announcingRecordChanges(async (): Promise<RenewReport> => {
      const record = requireRecord(deps.documents.current(), id);
      // An API-key account has no token: there is nothing to renew.
      if (record.kind === 'api-key' || !condition(record, deps.clock.now())) return { kind: 'skipped' };
      const renewed = await renewStoredToken(deps, id);
      if (renewed.kind !== 'ok') {
        recordOutcome(deps, id, renewed);
        context.changed();
        return { kind: 'failed', failure: renewed };
      }
      // Where the secret was sealed for and the token was issued, never the record's (which is only what the file says).
      const checked = await deps.client.fetchQuota(renewed.baseUrl, renewed.token, await storedSecrets(deps, id));
      recordOutcome(deps, id, checked);
      context.changed();
      return { kind: 'renewed', checked };
    }),
  );
}

export const noTokenToRenewText = 'An API-key account has no token to renew: Akool takes its key as it is.';

/** Renews the token the caller saw; skipped when another operation replaced it first, so nothing exchanges twice. */
export async function renewAccount(context: AccountContext, id: string): Promise<AccountView> {
  const current = requireRecord(context.deps.documents.current(), id);
  if (current.kind === 'api-key') throw new VaultError('invalid-input', noTokenToRenewText);
  const seen = current.token.fingerprint;
  const report = await renewAccountWhen(context, id, (record) => record.token.fingerprint === seen);
  if (report.kind === 'failed') throw failureToError(report.failure);
  return context.view(id);
}
