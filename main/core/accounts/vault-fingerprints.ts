// Use case: the fingerprints of every stored credential (client ID, secret, API key, token), so a scan can say what the vault already holds; values stay here. Must not import electron.
import { apiKeyService, clientSecretService, tokenService } from './account-records';
import { openBound } from './account-seals';
import type { AccountContext } from './account-context';
import { tokenFingerprint } from './fingerprint';

export type StoredPart = 'client-id' | 'client-secret' | 'api-key' | 'token';

/** A fingerprint of one stored credential and where it is: only the 8-hex fingerprint, never the value, leaves this function. */
export interface VaultFingerprint {
  fingerprint: string;
  accountId: string;
  label: string;
  part: StoredPart;
}

const sealedParts: readonly [string, StoredPart][] = [
  [clientSecretService, 'client-secret'],
  [apiKeyService, 'api-key'],
  [tokenService, 'token'],
];

/** Opens each account's seals one account at a time (in its queue); an account whose seals do not open is left out. */
export async function vaultFingerprints(context: AccountContext): Promise<VaultFingerprint[]> {
  const fingerprints: VaultFingerprint[] = [];
  for (const record of context.deps.documents.current().accounts) {
    const { id, label } = record;
    if (record.clientId !== '') fingerprints.push({ fingerprint: tokenFingerprint(record.clientId), accountId: id, label, part: 'client-id' });
    await context.perAccount(id, async () => {
      for (const [service, part] of sealedParts) {
        const opened = await openBound(context.deps, service, id).catch(() => null);
        if (opened !== null) fingerprints.push({ fingerprint: tokenFingerprint(opened.value), accountId: id, label, part });
      }
    });
  }
  return fingerprints;
}
