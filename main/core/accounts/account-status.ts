// Checks an account against Akool and renews its token with the stored secret; writes the results. Must not import electron.
import type { AkoolClient, AkoolFailure, ExchangeOutcome, QuotaOutcome } from '../akool/client';
import { failureExcerpt, failureMessage, failureToResult, withExcerpt } from '../akool/failure';
import { problemCodeOf } from './problem-text';
import { openBound, recordChanged, sealBound, type SealDeps } from './account-seals';
import type { SealBinding } from '../vault/seal-envelope';
import { apiKeyService, clientSecretService, requireRecord, tokenMetadata, tokenService, withRecord } from './account-records';
import type { ExcerptMemory } from './excerpt-memory';
import { withSecret } from '../vault/secret-vault';
import { recordCredit } from '../credit/credit-history';

export interface AccountStatusDeps extends SealDeps {
  client: AkoolClient;
  /** The server excerpt of each account's last failure, in memory only. */
  excerpts: ExcerptMemory;
}

type IssuedToken = Extract<ExchangeOutcome, { kind: 'ok' }>;

export const missing = (what: string): AkoolFailure => ({
  kind: 'invalid',
  code: 1102,
  message: `No ${what} is stored for this account; replace its secret.`,
});

/** Stores a fresh token, bound like the secret that bought it (`secretBinding`), and its metadata (with the screened identity) in one write. */
export async function storeToken(
  deps: AccountStatusDeps,
  id: string,
  { token, identity }: IssuedToken,
  secretBinding: SealBinding,
): Promise<void> {
  const sealed = await sealBound(deps.cipher, { ...secretBinding, kind: tokenService }, token);
  deps.documents.update((document) =>
    withSecret(
      withRecord(document, id, (record) => ({ ...record, token: tokenMetadata(token, identity) })),
      tokenService,
      id,
      sealed,
    ),
  );
}

/**
 * The account's stored secret and token that can be opened, for the client to scrub from whatever the server says.
 * One that cannot be opened (damaged or changed) is left out here: the operation that needs it reports that itself.
 */
export async function storedSecrets(deps: SealDeps, id: string): Promise<string[]> {
  const open = (kind: string): Promise<string | null> =>
    openBound(deps, kind, id).then(
      (opened) => opened?.value ?? null,
      () => null,
    );
  const stored = await Promise.all([clientSecretService, tokenService, apiKeyService].map(open));
  return stored.filter((value) => value !== null);
}

/** A renewal's outcome; on success also the base URL the secret was sealed for, where the new token is to be used. */
export type RenewOutcome = { kind: 'ok'; token: string; baseUrl: string } | AkoolFailure;

/**
 * Exchanges the stored clientId/secret for a new token, at the base URL the secret was sealed for; on success the token
 * replaces the old one. akool-vault never keeps an account without its secret, so a missing one marks the record changed.
 */
export async function renewStoredToken(deps: AccountStatusDeps, id: string): Promise<RenewOutcome> {
  const secret = await openBound(deps, clientSecretService, id);
  if (secret === null) throw recordChanged(deps, id);
  const { baseUrl, clientId } = secret.binding;
  const hide = await storedSecrets(deps, id);
  const outcome = await deps.client.exchangeToken(baseUrl, { clientId, clientSecret: secret.value }, hide);
  if (outcome.kind !== 'ok') return outcome;
  await storeToken(deps, id, outcome, secret.binding);
  return { kind: 'ok', token: outcome.token, baseUrl };
}

/**
 * Records what a quota check (or a failed exchange) said about the account (written soon, see DocumentStore.record);
 * keeps the last known credit and adds a successful reading to the credit history; a throttle records nothing. Only our problem code is stored; our full message and the server's excerpt are kept in memory.
 */
export function recordOutcome(deps: AccountStatusDeps, id: string, outcome: QuotaOutcome): void {
  const checkedAt = deps.clock.now();
  const result = outcome.kind === 'ok' ? 'active' : failureToResult(outcome);
  // A throttle (1005) says nothing about the account: its status, problem and excerpt stay; the monitor retries.
  if (result === null) return;
  const problem = outcome.kind === 'ok' ? null : problemCodeOf(outcome);
  deps.excerpts.set(
    id,
    outcome.kind === 'ok' || problem === null ? null : { code: problem, text: withExcerpt(failureMessage(outcome), failureExcerpt(outcome)) },
  );
  deps.documents.record((document) =>
    withRecord(document, id, (record) => {
      return {
        ...record,
        status:
          outcome.kind === 'ok'
            ? { result, problem: null, credit: outcome.credit, checkedAt }
            : { result, problem, credit: record.status.credit, checkedAt },
        banDismissed: record.banDismissed && (result === 'banned' || result === 'unreachable'),
        ...(outcome.kind === 'ok'
          ? { creditHistory: recordCredit(record.creditHistory ?? [], { at: checkedAt, credit: outcome.credit }) }
          : {}),
      };
    }),
  );
}

/**
 * Checks the quota; on 1101 renews the token once and checks again. Resolves with what Akool said last, as recorded.
 * Every request goes to the base URL the opened seal was bound to; a changed record throws before anything is sent.
 */
export async function refreshStatus(deps: AccountStatusDeps, id: string): Promise<QuotaOutcome> {
  if (requireRecord(deps.documents.current(), id).kind === 'api-key') return refreshKeyStatus(deps, id);
  const token = await openBound(deps, tokenService, id);
  let outcome =
    token === null
      ? missing('token')
      : await deps.client.fetchQuota(token.binding.baseUrl, token.value, await storedSecrets(deps, id));
  if (outcome.kind === 'invalid') {
    const renewed = await renewStoredToken(deps, id);
    outcome =
      renewed.kind === 'ok' ? await deps.client.fetchQuota(renewed.baseUrl, renewed.token, await storedSecrets(deps, id)) : renewed;
  }
  recordOutcome(deps, id, outcome);
  return outcome;
}

/**
 * An API-key account's check: the key in x-api-key at the base URL it was sealed for; a 1101 is final (nothing to
 * re-exchange). A missing key marks the record changed, as a missing client secret does.
 */
async function refreshKeyStatus(deps: AccountStatusDeps, id: string): Promise<QuotaOutcome> {
  const key = await openBound(deps, apiKeyService, id);
  if (key === null) throw recordChanged(deps, id);
  const outcome = await deps.client.fetchQuotaWithKey(key.binding.baseUrl, key.value, await storedSecrets(deps, id));
  recordOutcome(deps, id, outcome);
  return outcome;
}
