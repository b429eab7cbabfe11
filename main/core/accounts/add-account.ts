// Use case: add an account by API key or by clientId and secret under one rule (add-rule.ts): stored once Akool recognised it, or unchecked when asked. Must not import electron.
import type { AccountView, ChannelInput } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import { noAlerts, type AccountRecord, type VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import { assertCanStoreSecrets } from '../vault/protection-policy';
import { provenFloor } from '../vault/protection-floor';
import type { AccountContext } from './account-context';
import { keyMetadata, tokenMetadata } from './account-records';
import type { RecentProblem } from './excerpt-memory';
import { assertNoDuplicate, assertNoDuplicateKey, defaultLabel, keyLabel, unknownStatus } from './account-rules';
import { storeOrRefuse } from './add-rule';
import { probeAccount } from './check-account';
import { withoutAccount } from './remove-account';
import { failureToError } from '../akool/failure';
import { sealKey } from './check-key-and-seal';
import { sealClientSecret } from './exchange-and-seal';
import { sealBound } from './account-seals';
import { tokenService } from './account-records';
import { withSecret } from '../vault/secret-vault';
import { recordCredit } from '../credit/credit-history';

/** The contract's input, where an absent `kind` means client-credentials. */
type AddInput = ChannelInput<'addAccount'>;
type KeyInput = Extract<AddInput, { kind: 'api-key' }>;
type CredentialsInput = Exclude<AddInput, KeyInput>;

/** A client-credentials account with no token yet: every token field null until its first exchange. */
const noToken: AccountRecord['token'] = { fingerprint: null, expiresAt: null, issuedAt: null, email: null, uid: null };

function baseUrlOf(input: AddInput): string {
  const base = normalizeBaseUrl(input.baseUrl);
  if (!base.ok) throw new VaultError('invalid-input', base.reason);
  return base.url;
}

export function addAccount(context: AccountContext, input: AddInput): Promise<AccountView> {
  return input.kind === 'api-key' ? addKeyAccount(context, input) : addCredentialsAccount(context, input);
}

/** What the record starts with, and the seals its write stores. */
type Prepared = Pick<AccountRecord, 'token' | 'status'> & { seal: (document: VaultDocument) => VaultDocument; excerpt: RecentProblem | null };

/** Stores the prepared record in one write with its seals, `assertFree` checked again inside that write. */
function store(context: AccountContext, record: AccountRecord, prepared: Prepared, assertFree: (document: VaultDocument) => void): void {
  context.deps.documents.update((document) => {
    assertFree(document);
    return prepared.seal({ ...document, accounts: [...document.accounts, record] });
  });
  context.deps.excerpts.set(record.id, prepared.excerpt);
  context.changed();
}

/** The key is checked with x-api-key (unless `skipCheck`); its 1000 answer already gave the credit, so nothing is sent twice. */
async function addKeyAccount(context: AccountContext, input: KeyInput): Promise<AccountView> {
  const { documents, clock, client, cipher } = context.deps;
  const baseUrl = baseUrlOf(input);
  const assertFree = (document: VaultDocument): void => assertNoDuplicateKey(document, input.apiKey, baseUrl);
  assertFree(documents.current());
  assertCanStoreSecrets(context.protectionView(), provenFloor((sealed) => cipher.judgeSeal(sealed), documents.current()));
  const id = context.deps.newId();
  const answer = input.skipCheck === true ? null : await client.fetchQuotaWithKey(baseUrl, input.apiKey);
  const checkedAt = clock.now();
  const first =
    answer === null
      ? { status: unknownStatus, excerpt: null }
      : answer.kind === 'ok'
        ? { status: { result: 'active' as const, problem: null, credit: answer.credit, checkedAt }, excerpt: null }
        : storeOrRefuse(answer, checkedAt);
  const prepared: Prepared = { token: keyMetadata(input.apiKey), ...first, seal: await sealKey(cipher, id, baseUrl, input.apiKey) };
  const { credit } = prepared.status;
  const record: AccountRecord = {
    ...newRecord(context, id, baseUrl, prepared),
    kind: 'api-key',
    label: input.label ?? keyLabel(documents.current()),
    clientId: '',
    // The check that accepted the key is the first credit reading, as the first check of an exchanged token is.
    ...(credit === null ? {} : { creditHistory: recordCredit([], { at: checkedAt, credit }) }),
  };
  store(context, record, prepared, assertFree);
  return context.view(id);
}

/** The secret is exchanged (unless `skipCheck`); a token is then checked at once, like any other check. */
async function addCredentialsAccount(context: AccountContext, input: CredentialsInput): Promise<AccountView> {
  const { documents, clock, client, cipher } = context.deps;
  const { clientId, clientSecret } = input;
  const baseUrl = baseUrlOf(input);
  const assertFree = (document: VaultDocument): void => assertNoDuplicate(document, clientId, baseUrl);
  assertFree(documents.current());
  assertCanStoreSecrets(context.protectionView(), provenFloor((sealed) => cipher.judgeSeal(sealed), documents.current()));
  const id = context.deps.newId();
  const answer = input.skipCheck === true ? null : await client.exchangeToken(baseUrl, { clientId, clientSecret });
  const sealSecret = await sealClientSecret(cipher, id, baseUrl, clientId, clientSecret);
  let prepared: Prepared;
  if (answer === null) prepared = { token: noToken, status: unknownStatus, excerpt: null, seal: sealSecret };
  else if (answer.kind !== 'ok') prepared = { token: noToken, ...storeOrRefuse(answer, clock.now()), seal: sealSecret };
  else {
    const sealedToken = await sealBound(cipher, { accountId: id, kind: tokenService, baseUrl, clientId }, answer.token);
    const seal = (document: VaultDocument): VaultDocument => withSecret(sealSecret(document), tokenService, id, sealedToken);
    prepared = { token: tokenMetadata(answer.token, answer.identity), status: unknownStatus, excerpt: null, seal };
  }
  const record: AccountRecord = {
    ...newRecord(context, id, baseUrl, prepared),
    kind: 'client-credentials',
    label: input.label ?? defaultLabel(prepared.token.email, clientId),
    clientId,
  };
  store(context, record, prepared, assertFree);
  if (answer?.kind !== 'ok') return context.view(id);
  // The token's first check follows the same rule: Akool's 1101, 1102 or 1109 there refuses the account after all.
  const checked = await probeAccount(context, id);
  if (checked.kind !== 'invalid') return context.view(id);
  context.deps.documents.update((document) => withoutAccount(document, id));
  context.deps.excerpts.set(id, null);
  context.changed();
  throw failureToError(checked);
}

function newRecord(context: AccountContext, id: string, baseUrl: string, prepared: Prepared) {
  return {
    id,
    baseUrl,
    createdAt: context.deps.clock.now(),
    token: prepared.token,
    status: prepared.status,
    banDismissed: false,
    alerts: noAlerts,
  };
}
