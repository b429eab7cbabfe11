// Use case: replace an account's client secret, stored only once Akool accepted it, then checked. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { AccountContext } from './account-context';
import { requireRecord, withRecord } from './account-records';
import { unknownStatus } from './account-rules';
import { refreshStatus, storedSecrets } from './account-status';
import { exchangeAndSeal } from './exchange-and-seal';

export function replaceSecret(context: AccountContext, id: string, clientSecret: string): Promise<AccountView> {
  const { deps } = context;
  return context.perAccount(id, async () => {
    // The record's base URL and clientId as shown: after a change outside the app the user checked them (recordChangedText).
    const { baseUrl, clientId } = requireRecord(deps.documents.current(), id);
    const exchanged = await exchangeAndSeal(context, id, baseUrl, clientId, clientSecret, await storedSecrets(deps, id));
    deps.documents.update((document) =>
      exchanged.seal(withRecord(document, id, (record) => ({ ...record, token: exchanged.token, status: unknownStatus }))),
    );
    context.changed();
    await refreshStatus(deps, id);
    context.changed();
    return context.view(id);
  });
}
