// Checks an account against Akool and renews its token with the stored secret; writes the results. Must not import electron.
import type { AkoolClient, AkoolFailure, ExchangeOutcome, QuotaOutcome } from './akool-client';
import { failureExcerpt, failureMessage, failureToResult } from './akool-failure';
import { clientSecretService, requireRecord, tokenMetadata, tokenService, withRecord } from './account-records';
import type { DocumentStore } from './document-store';
import type { ExcerptMemory } from './excerpt-memory';
import type { Cipher, Clock } from './ports';
import { sealSecret, withSecret, type SecretVault } from './secret-vault';

export interface AccountStatusDeps {
  client: AkoolClient;
  secrets: SecretVault;
  documents: DocumentStore;
  cipher: Cipher;
  clock: Clock;
  /** The server excerpt of each account's last failure, in memory only. */
  excerpts: ExcerptMemory;
}

const missing = (what: string): AkoolFailure => ({
  kind: 'invalid',
  code: 1102,
  message: `No ${what} is stored for this account; replace its secret.`,
});

/** Stores a fresh token and its metadata in one write. */
export async function storeToken(deps: AccountStatusDeps, id: string, token: string): Promise<void> {
  const sealed = await sealSecret(deps.cipher, token);
  deps.documents.update((document) =>
    withSecret(
      withRecord(document, id, (record) => ({ ...record, token: tokenMetadata(token) })),
      tokenService,
      id,
      sealed,
    ),
  );
}

/**
 * The account's stored secret and token that can be opened, for the client to scrub from whatever the server says.
 * One that cannot be opened (damaged) is left out here: the operation that needs it reports that itself.
 */
export async function storedSecrets(secrets: AccountStatusDeps['secrets'], id: string): Promise<string[]> {
  const open = (service: string): Promise<string | null> => secrets.getPassword(service, id).catch(() => null);
  const stored = await Promise.all([clientSecretService, tokenService].map(open));
  return stored.filter((value) => value !== null);
}

/** Exchanges the stored clientId/secret for a new token; on success the token replaces the old one. */
export async function renewStoredToken(deps: AccountStatusDeps, id: string): Promise<ExchangeOutcome> {
  const record = requireRecord(deps.documents.current(), id);
  const clientSecret = await deps.secrets.getPassword(clientSecretService, id);
  if (clientSecret === null) return missing('client secret');
  const hide = await storedSecrets(deps.secrets, id);
  const outcome = await deps.client.exchangeToken(record.baseUrl, { clientId: record.clientId, clientSecret }, hide);
  if (outcome.kind === 'ok') await storeToken(deps, id, outcome.token);
  return outcome;
}

/**
 * Records what a quota check (or a failed exchange) said about the account (written soon, see DocumentStore.record);
 * keeps the last known credit. Only our text is stored; the server's excerpt is kept in memory.
 */
export function recordOutcome(deps: AccountStatusDeps, id: string, outcome: QuotaOutcome): void {
  const checkedAt = deps.clock.now();
  deps.excerpts.set(id, outcome.kind === 'ok' ? null : failureExcerpt(outcome));
  deps.documents.record((document) =>
    withRecord(document, id, (record) => {
      const result = outcome.kind === 'ok' ? 'active' : failureToResult(outcome);
      return {
        ...record,
        status:
          outcome.kind === 'ok'
            ? { result, problem: null, credit: outcome.credit, checkedAt }
            : { result, problem: failureMessage(outcome), credit: record.status.credit, checkedAt },
        banDismissed: record.banDismissed && (result === 'banned' || result === 'unreachable'),
      };
    }),
  );
}

/** Checks the quota; on 1101 renews the token once and checks again. Resolves with what Akool said last, as recorded. */
export async function refreshStatus(deps: AccountStatusDeps, id: string): Promise<QuotaOutcome> {
  const { baseUrl } = requireRecord(deps.documents.current(), id);
  const token = await deps.secrets.getPassword(tokenService, id);
  let outcome = token === null ? missing('token') : await deps.client.fetchQuota(baseUrl, token, await storedSecrets(deps.secrets, id));
  if (outcome.kind === 'invalid') {
    const renewed = await renewStoredToken(deps, id);
    outcome = renewed.kind === 'ok' ? await deps.client.fetchQuota(baseUrl, renewed.token, await storedSecrets(deps.secrets, id)) : renewed;
  }
  recordOutcome(deps, id, outcome);
  return outcome;
}
