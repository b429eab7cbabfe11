// Rules every account use case applies: one account per clientId (or API key) and base URL, the default label, the status before a check. Must not import electron.
import type { AccountRecord, VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import { tokenFingerprint } from './fingerprint';

export const unknownStatus: AccountRecord['status'] = { result: 'unknown', problem: null, credit: null, checkedAt: null };

export function assertNoDuplicate(document: VaultDocument, clientId: string, baseUrl: string): void {
  const sameClient = (account: VaultDocument['accounts'][number]): boolean =>
    account.kind === 'client-credentials' && account.clientId === clientId && account.baseUrl === baseUrl;
  if (document.accounts.some(sameClient)) {
    throw new VaultError('invalid-input', 'An account with this client ID and base URL is already in the vault.');
  }
}

/** Longest label the contract accepts from the user; a default label is cut to fit so it can be renamed as is. */
const maxLabelLength = 100;

/** The label an account gets when the user gives none: the screened email in its token (see screenIdentity), else its client ID. */
export function defaultLabel(email: string | null, clientId: string): string {
  return (email ?? clientId).slice(0, maxLabelLength);
}

/** One API-key account per key (told by its fingerprint) and base URL. */
export function assertNoDuplicateKey(document: VaultDocument, apiKey: string, baseUrl: string): void {
  const fingerprint = tokenFingerprint(apiKey);
  if (document.accounts.some((account) => account.kind === 'api-key' && account.token.fingerprint === fingerprint && account.baseUrl === baseUrl)) {
    throw new VaultError('invalid-input', 'An account with this API key and base URL is already in the vault.');
  }
}

/**
 * The label an API-key account gets when the user gives none: "API key 1", "API key 2", … (the first number no label
 * uses). A key carries no name or email, and its fingerprint (under Advanced) reads as noise; a short counted name is
 * easy to tell apart in the list and to rename.
 */
export function keyLabel(document: VaultDocument): string {
  const taken = new Set(document.accounts.map((account) => account.label));
  let number = 1;
  while (taken.has(`API key ${number}`)) number += 1;
  return `API key ${number}`;
}
