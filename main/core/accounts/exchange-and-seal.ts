// Exchanges a client secret for a token and, only on success, prepares both seals for the write that stores the record. Must not import electron.
import { failureToError } from '../akool/failure';
import { assertCanStoreSecrets } from '../vault/protection-policy';
import { withSecret } from '../vault/secret-vault';
import type { VaultDocument } from '../vault/vault-document';
import type { AccountContext } from './account-context';
import { clientSecretService, tokenMetadata, tokenService } from './account-records';
import { sealBound, type SealDeps } from './account-seals';

/**
 * Exchanges a secret and, only on success, seals secret and token bound to `id`, `baseUrl` and `clientId`; `seal`
 * stores both in the write that also stores the record, so a record and its seals always match.
 * `hide`: the account's current secret and token, which the server's answer must not carry either.
 */
export async function exchangeAndSeal(
  context: AccountContext,
  id: string,
  baseUrl: string,
  clientId: string,
  clientSecret: string,
  hide: readonly string[] = [],
) {
  const { client, cipher, documents } = context.deps;
  assertCanStoreSecrets(context.protectionView(), documents.current().protectionFloor);
  const outcome = await client.exchangeToken(baseUrl, { clientId, clientSecret }, hide);
  if (outcome.kind !== 'ok') throw failureToError(outcome);
  const binding = { accountId: id, kind: tokenService, baseUrl, clientId };
  const [sealSecret, sealedToken] = await Promise.all([
    sealClientSecret(cipher, id, baseUrl, clientId, clientSecret),
    sealBound(cipher, binding, outcome.token),
  ]);
  const seal = (document: VaultDocument): VaultDocument => withSecret(sealSecret(document), tokenService, id, sealedToken);
  return { token: tokenMetadata(outcome.token, outcome.identity), seal };
}

/** Seals the client secret alone, bound to `id`, `baseUrl` and `clientId`; the returned function stores it in the record's write. */
export async function sealClientSecret(
  cipher: SealDeps['cipher'],
  id: string,
  baseUrl: string,
  clientId: string,
  clientSecret: string,
) {
  const sealed = await sealBound(cipher, { accountId: id, kind: clientSecretService, baseUrl, clientId }, clientSecret);
  return (document: VaultDocument): VaultDocument => withSecret(document, clientSecretService, id, sealed);
}
