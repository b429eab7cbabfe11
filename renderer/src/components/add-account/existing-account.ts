// Which stored account an "already in the vault" refusal means: the same client ID, or for an API key the same key fingerprint (SHA-256, first 8 hex, as main computes it), at the same base URL. Must not import React or the vault API, nor keep the key.
import type { AccountKind, AccountView, VaultErrorPayload } from '../../../../preload/contract';

/** Akool's default API address: where an account goes when the sheet's Base URL is left empty. */
const defaultBaseUrl = 'https://openapi.akool.com';

export const isAlreadyStored = (error: VaultErrorPayload): boolean =>
  error.code === 'invalid-input' && error.message.includes('already in the vault');

/** The first 8 hex characters of the key's SHA-256: the keyFingerprint an API-key account shows. */
async function keyFingerprint(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return [...digest.slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const sameBase = (account: AccountView, baseUrl: string): boolean =>
  account.baseUrl.replace(/\/+$/, '') === (baseUrl === '' ? defaultBaseUrl : baseUrl).replace(/\/+$/, '');

type Draft = { kind: AccountKind; clientId: string; secret: string; baseUrl: string };

/** The stored account the draft duplicates, or null (then the refusal only says so). */
export async function findExistingAccount(accounts: readonly AccountView[], draft: Draft): Promise<AccountView | null> {
  const candidates =
    draft.kind === 'client-credentials'
      ? accounts.filter((account) => account.kind === 'client-credentials' && account.clientId === draft.clientId.trim())
      : await (async () => {
          const fingerprint = await keyFingerprint(draft.secret);
          return accounts.filter((account) => account.kind === 'api-key' && account.keyFingerprint === fingerprint);
        })();
  return candidates.find((account) => sameBase(account, draft.baseUrl.trim())) ?? candidates[0] ?? null;
}
