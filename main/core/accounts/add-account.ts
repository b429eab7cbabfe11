// Use case: add an account by API key (checked at once) or by clientId and secret (exchanged), stored only once Akool accepted it. Must not import electron.
import type { AccountView, ChannelInput } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import { noAlerts, type AccountRecord } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { assertNoDuplicate, assertNoDuplicateKey, defaultLabel, keyLabel, unknownStatus } from './account-rules';
import { checkAccount } from './check-account';
import { checkKeyAndSeal } from './check-key-and-seal';
import { exchangeAndSeal } from './exchange-and-seal';
import { recordCredit } from '../credit/credit-history';

/** The contract's input, where an absent `kind` means client-credentials. */
type AddInput = ChannelInput<'addAccount'>;
type KeyInput = Extract<AddInput, { kind: 'api-key' }>;
type CredentialsInput = Exclude<AddInput, KeyInput>;

function baseUrlOf(input: AddInput): string {
  const base = normalizeBaseUrl(input.baseUrl);
  if (!base.ok) throw new VaultError('invalid-input', base.reason);
  return base.url;
}

export function addAccount(context: AccountContext, input: AddInput): Promise<AccountView> {
  return input.kind === 'api-key' ? addKeyAccount(context, input) : addCredentialsAccount(context, input);
}

/** The key is checked with x-api-key; its 1000 answer already gave the credit, so nothing is sent twice. */
async function addKeyAccount(context: AccountContext, input: KeyInput): Promise<AccountView> {
  const { documents, clock } = context.deps;
  const baseUrl = baseUrlOf(input);
  assertNoDuplicateKey(documents.current(), input.apiKey, baseUrl);
  const id = context.deps.newId();
  const checked = await checkKeyAndSeal(context, id, baseUrl, input.apiKey);
  const record: AccountRecord = {
    id,
    kind: 'api-key',
    label: input.label ?? keyLabel(checked.token.fingerprint),
    clientId: '',
    baseUrl,
    createdAt: clock.now(),
    token: checked.token,
    status: checked.status,
    banDismissed: false,
    alerts: noAlerts,
    // The check that accepted the key is the first credit reading, as the first check of an exchanged token is.
    ...(checked.status.credit === null || checked.status.checkedAt === null
      ? {}
      : { creditHistory: recordCredit([], { at: checked.status.checkedAt, credit: checked.status.credit }) }),
  };
  documents.update((document) => {
    assertNoDuplicateKey(document, input.apiKey, baseUrl);
    return checked.seal({ ...document, accounts: [...document.accounts, record] });
  });
  context.changed();
  return context.view(id);
}

async function addCredentialsAccount(context: AccountContext, input: CredentialsInput): Promise<AccountView> {
  const { documents, clock } = context.deps;
  const baseUrl = baseUrlOf(input);
  assertNoDuplicate(documents.current(), input.clientId, baseUrl);
  const id = context.deps.newId();
  const exchanged = await exchangeAndSeal(context, id, baseUrl, input.clientId, input.clientSecret);
  const record: AccountRecord = {
    id,
    kind: 'client-credentials',
    label: input.label ?? defaultLabel(exchanged.token.email, input.clientId),
    clientId: input.clientId,
    baseUrl,
    createdAt: clock.now(),
    token: exchanged.token,
    status: unknownStatus,
    banDismissed: false,
    alerts: noAlerts,
  };
  documents.update((document) => {
    assertNoDuplicate(document, input.clientId, baseUrl);
    return exchanged.seal({ ...document, accounts: [...document.accounts, record] });
  });
  context.changed();
  return checkAccount(context, id);
}
