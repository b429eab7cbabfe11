// The client secret (the API key) of a sandbox demo account, by its client ID, for tests that add demo accounts. Must not import main/.
import { demoAccounts } from './accounts';
import { statusDemoAccounts } from './status-demo-accounts';

export function demoSecret(clientId: string): string {
  const found = [...demoAccounts, ...statusDemoAccounts].find((account) => account.clientId === clientId);
  if (found === undefined) throw new Error(`no demo account ${clientId}`);
  return found.clientSecret;
}
