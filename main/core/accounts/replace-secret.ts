// Use case: replace an account's client secret or API key (optionally moving it to another base URL), stored only once Akool accepted it, then checked. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import type { AccountRecord } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { requireRecord, secretServiceOf, withRecord } from './account-records';
import { assertNoDuplicate, assertNoDuplicateKey, unknownStatus } from './account-rules';
import { markRecordChanged, openBound, replaceNeedsBaseUrlText } from './account-seals';
import { refreshStatus, storedSecrets } from './account-status';
import { exchangeAndSeal } from './exchange-and-seal';
import { checkKeyAndSeal } from './check-key-and-seal';

/**
 * The base URL a replaced secret goes to when the user named none: only the one the account's stored secret was sealed
 * for, never the record's (a same-user program may have edited it). A secret that is missing, changed or does not open
 * leaves no such address: the account is marked changed outside akool-vault and the user must confirm one.
 */
async function sealedBaseUrl(context: AccountContext, record: AccountRecord): Promise<string> {
  const opened = await openBound(context.deps, secretServiceOf(record), record.id).catch(() => null);
  if (opened !== null) return opened.binding.baseUrl;
  markRecordChanged(context.deps, record.id);
  throw new VaultError('record-changed', replaceNeedsBaseUrlText);
}

/**
 * The secret is typed again by the user, exchanged at `baseUrl` (normalized as for add) or, when absent, at the base URL
 * its stored secret was sealed for (see sealedBaseUrl), and stored sealed for it only on success: moving an account
 * never sends a stored secret anywhere new. An account changed outside the app must name the base URL explicitly.
 */
export function replaceSecret(context: AccountContext, id: string, clientSecret: string, baseUrl?: string): Promise<AccountView> {
  const { deps } = context;
  return context.perAccount(id, () =>
    context.announcingRecordChanges(async () => {
      const base = baseUrl === undefined ? null : normalizeBaseUrl(baseUrl);
      if (base !== null && !base.ok) throw new VaultError('invalid-input', base.reason);
      // Opening the stored seals marks the account when its record no longer matches them.
      const hide = await storedSecrets(deps, id);
      const record = requireRecord(deps.documents.current(), id);
      if (base === null && record.status.result === 'record-changed') throw new VaultError('record-changed', replaceNeedsBaseUrlText);
      const target = base?.url ?? (await sealedBaseUrl(context, record));
      if (record.kind === 'api-key') {
        // The new key is checked at the target first; only its 1000 stores it, with the credit it reported.
        const checked = await checkKeyAndSeal(context, id, target, clientSecret, hide);
        deps.documents.update((document) => {
          if (target !== requireRecord(document, id).baseUrl) assertNoDuplicateKey(document, clientSecret, target);
          return checked.seal(
            withRecord(document, id, (current) => ({ ...current, baseUrl: target, token: checked.token, status: checked.status })),
          );
        });
        deps.excerpts.set(id, null);
        context.changed();
        return context.view(id);
      }
      if (target !== record.baseUrl) assertNoDuplicate(deps.documents.current(), record.clientId, target);
      const exchanged = await exchangeAndSeal(context, id, target, record.clientId, clientSecret, hide);
      deps.documents.update((document) => {
        if (target !== requireRecord(document, id).baseUrl) assertNoDuplicate(document, record.clientId, target);
        return exchanged.seal(
          withRecord(document, id, (current) => ({ ...current, baseUrl: target, token: exchanged.token, status: unknownStatus })),
        );
      });
      context.changed();
      await refreshStatus(deps, id);
      context.changed();
      return context.view(id);
    }),
  );
}
