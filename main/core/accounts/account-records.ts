// Pure helpers over account records in the vault document: lookup, replace, token metadata. Must not import electron.
import { tokenFingerprint } from './fingerprint';
import { readTokenClaims } from '../akool/token-claims';
import type { TokenIdentity } from '../akool/token-identity';
import type { AccountRecord, VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';

/** keytar "service" names under which the vault keeps each account's secrets, keyed by account id. */
export const clientSecretService = 'akool-vault/client-secret';
export const tokenService = 'akool-vault/token';
/** An API-key account's key, bound to {accountId, this kind, baseUrl, clientId ''}. */
export const apiKeyService = 'akool-vault/api-key';

/** The service of the secret an account cannot work without: its API key, or its client secret. */
export function secretServiceOf(record: Pick<AccountRecord, 'kind'>): string {
  return record.kind === 'api-key' ? apiKeyService : clientSecretService;
}

export function requireRecord(document: VaultDocument, id: string): AccountRecord {
  const record = document.accounts.find((account) => account.id === id);
  if (record === undefined) throw new VaultError('not-found', 'That account is no longer in the vault.');
  return record;
}

/**
 * The document with one record changed. Throws `not-found` when the account is gone,
 * so a late answer can never bring a removed account back.
 */
export function withRecord(
  document: VaultDocument,
  id: string,
  change: (record: AccountRecord) => AccountRecord,
): VaultDocument {
  requireRecord(document, id);
  return { ...document, accounts: document.accounts.map((record) => (record.id === id ? change(record) : record)) };
}

/** What an API-key account keeps in place of token metadata: the key's fingerprint, and no expiry or claims. */
export function keyMetadata(key: string): AccountRecord['token'] {
  return { fingerprint: tokenFingerprint(key), expiresAt: null, issuedAt: null, email: null, uid: null };
}

/** What the vault shows about a token instead of the token itself; email and uid only as screened (see screenIdentity). */
export function tokenMetadata(token: string, identity: TokenIdentity): AccountRecord['token'] {
  const claims = readTokenClaims(token);
  return {
    fingerprint: tokenFingerprint(token),
    expiresAt: claims.expiresAt,
    issuedAt: claims.issuedAt,
    email: identity.email,
    uid: identity.uid,
  };
}
