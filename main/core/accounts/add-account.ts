// Use case: add an account from clientId and secret, stored only once Akool accepted the secret, then checked. Must not import electron.
import type { AccountView, ParsedInput } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import { noAlerts, type AccountRecord } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { assertNoDuplicate, defaultLabel, unknownStatus } from './account-rules';
import { checkAccount } from './check-account';
import { exchangeAndSeal } from './exchange-and-seal';

export async function addAccount(context: AccountContext, input: ParsedInput<'addAccount'>): Promise<AccountView> {
  const { documents, clock } = context.deps;
  const base = normalizeBaseUrl(input.baseUrl);
  if (!base.ok) throw new VaultError('invalid-input', base.reason);
  assertNoDuplicate(documents.current(), input.clientId, base.url);
  const id = context.deps.newId();
  const exchanged = await exchangeAndSeal(context, id, base.url, input.clientId, input.clientSecret);
  const record: AccountRecord = {
    id,
    label: input.label ?? defaultLabel(exchanged.token.email, input.clientId),
    clientId: input.clientId,
    baseUrl: base.url,
    createdAt: clock.now(),
    token: exchanged.token,
    status: unknownStatus,
    banDismissed: false,
    alerts: noAlerts,
  };
  documents.update((document) => {
    assertNoDuplicate(document, input.clientId, base.url);
    return exchanged.seal({ ...document, accounts: [...document.accounts, record] });
  });
  context.changed();
  return checkAccount(context, id);
}
