// Use case: replace an account's client secret or API key (optionally moving it to another base URL), stored only once Akool accepted it, then checked. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { requireRecord, withRecord } from './account-records';
import { assertNoDuplicate, assertNoDuplicateKey, unknownStatus } from './account-rules';
import { replaceNeedsBaseUrlText } from './account-seals';
import { refreshStatus, storedSecrets } from './account-status';
import { exchangeAndSeal } from './exchange-and-seal';
import { checkKeyAndSeal } from './check-key-and-seal';

/**
 * The secret is typed again by the user, exchanged at `baseUrl` (normalized as for add; the record's when absent) and
 * stored sealed for it only on success: moving an account never sends a stored secret anywhere new. An account changed
 * outside the app must name the base URL explicitly, since the record's may be the edited one.
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
      const target = base?.url ?? record.baseUrl;
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
