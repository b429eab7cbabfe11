// What a proxy grant sends upstream for one account: its key as x-api-key, or a token (renewed when due) as Bearer; and what answers must never show. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { CliAccounts } from './cli-deps';
import type { UpstreamCredential } from './proxy-port';

export interface ProxyCredentials {
  /** The base URL the secret was sealed for. */
  readonly target: URL;
  readonly credential: () => Promise<UpstreamCredential>;
  /** Every real value this grant has seen: the key or client secret, and each token handed upstream. */
  readonly secrets: () => readonly string[];
}

/** Opens the account's secrets once for the grant; a client-credentials account's token is opened again per request (renewed first when due). */
export async function openProxyCredentials(accounts: CliAccounts, view: AccountView): Promise<ProxyCredentials> {
  const key = await accounts.reveal(view.id, 'key');
  if (view.kind === 'api-key') {
    return {
      target: new URL(key.baseUrl),
      credential: async () => ({ header: 'x-api-key', value: key.value }),
      secrets: () => [key.value],
    };
  }
  const token = await accounts.reveal(view.id, 'token');
  const known = new Set([key.value, token.value]);
  return {
    target: new URL(token.baseUrl),
    credential: async () => {
      const fresh = await accounts.reveal(view.id, 'token');
      known.add(fresh.value);
      return { header: 'authorization', value: `Bearer ${fresh.value}` };
    },
    secrets: () => [...known],
  };
}
