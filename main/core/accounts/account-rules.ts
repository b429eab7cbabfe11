// Rules every account use case applies: one account per clientId and base URL, the default label, the status before a check. Must not import electron.
import type { AccountRecord, VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';

export const unknownStatus: AccountRecord['status'] = { result: 'unknown', problem: null, credit: null, checkedAt: null };

export function assertNoDuplicate(document: VaultDocument, clientId: string, baseUrl: string): void {
  if (document.accounts.some((account) => account.clientId === clientId && account.baseUrl === baseUrl)) {
    throw new VaultError('invalid-input', 'An account with this client ID and base URL is already in the vault.');
  }
}

/** Longest label the contract accepts from the user; a default label is cut to fit so it can be renamed as is. */
const maxLabelLength = 100;

/** The label an account gets when the user gives none: the screened email in its token (see screenIdentity), else its client ID. */
export function defaultLabel(email: string | null, clientId: string): string {
  return (email ?? clientId).slice(0, maxLabelLength);
}
