// Writes a vault file in the pre-binding format by running the code paths that wrote it: records through the document store, raw seals through the keytar API, no `seals` marker.
import { clientSecretService, tokenMetadata, tokenService } from '../../main/core/accounts/account-records';
import { readTokenClaims } from '../../main/core/akool/token-claims';
import { openDocumentStore } from '../../main/core/vault/document-store';
import { createSecretVault } from '../../main/core/vault/secret-vault';
import { noAlerts, type AccountRecord } from '../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../main/node/open-conf-store';
import { createFakeClock } from './fake-clock';
import { createMemoryLogger } from './memory-logger';

export interface LegacyAccount {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  token: string;
}

/** Returns the account ids in order. The key is the one the rig's AES cipher will use. */
export async function writeLegacyVault(dataDir: string, key: Uint8Array, accounts: readonly LegacyAccount[]): Promise<string[]> {
  const documents = openDocumentStore(openConfStore(dataDir), createFakeClock(), createMemoryLogger());
  const secrets = createSecretVault(documents, createAesGcmCipher(key));
  const records: AccountRecord[] = accounts.map((account, index) => ({
    id: crypto.randomUUID(),
    label: `Legacy ${index}`,
    clientId: account.clientId,
    baseUrl: account.baseUrl,
    createdAt: 0,
    token: tokenMetadata(account.token, readTokenClaims(account.token)),
    status: { result: 'active', problem: null, credit: 7, checkedAt: 0 },
    banDismissed: false,
    alerts: noAlerts,
  }));
  documents.update(({ seals: _marker, ...document }) => ({ ...document, accounts: records, protectionFloor: 'strong' }));
  for (const [index, account] of accounts.entries()) {
    const id = records[index]?.id ?? '';
    await secrets.setPassword(clientSecretService, id, account.clientSecret);
    await secrets.setPassword(tokenService, id, account.token);
  }
  return records.map((record) => record.id);
}
