// Checks an API key at a base URL and, only on success, prepares its seal and the credit for the write that stores the record. Must not import electron.
import { failureToError } from '../akool/failure';
import { assertCanStoreSecrets } from '../vault/protection-policy';
import { withSecret } from '../vault/secret-vault';
import type { AccountRecord, VaultDocument } from '../vault/vault-document';
import type { AccountContext } from './account-context';
import { apiKeyService, keyMetadata } from './account-records';
import { sealBound, type SealDeps } from './account-seals';

/**
 * Reads the credit with the key (x-api-key only) and, only on Akool's 1000, seals the key bound to `id`, `baseUrl` and
 * clientId ''; `seal` stores it in the write that also stores the record. Any failure throws its clear error and
 * stores nothing. `hide`: the account's current secrets, which the server's answer must not carry either.
 */
export async function checkKeyAndSeal(
  context: AccountContext,
  id: string,
  baseUrl: string,
  apiKey: string,
  hide: readonly string[] = [],
) {
  const { client, cipher, documents, clock } = context.deps;
  assertCanStoreSecrets(context.protectionView(), documents.current().protectionFloor);
  const outcome = await client.fetchQuotaWithKey(baseUrl, apiKey, hide);
  if (outcome.kind !== 'ok') throw failureToError(outcome);
  const status: AccountRecord['status'] = { result: 'active', problem: null, credit: outcome.credit, checkedAt: clock.now() };
  return { token: keyMetadata(apiKey), status, seal: await sealKey(cipher, id, baseUrl, apiKey) };
}

/** Seals the key bound to `id`, `baseUrl` and clientId ''; the returned function stores it in the write that stores the record. */
export async function sealKey(cipher: SealDeps['cipher'], id: string, baseUrl: string, apiKey: string) {
  const sealed = await sealBound(cipher, { accountId: id, kind: apiKeyService, baseUrl, clientId: '' }, apiKey);
  return (document: VaultDocument): VaultDocument => withSecret(document, apiKeyService, id, sealed);
}
