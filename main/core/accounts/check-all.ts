// Use case: check every account, a bounded number at once. Must not import electron.
import { runLimited } from '../shared/run-limited';
import type { AccountContext } from './account-context';
import { checkAccount } from './check-account';

export const checkAllConcurrency = 8;

export async function checkAllAccounts(context: AccountContext): Promise<{ checked: number }> {
  const ids = context.deps.documents.current().accounts.map((record) => record.id);
  const results = await runLimited(ids, checkAllConcurrency, (id) => checkAccount(context, id));
  return { checked: results.filter((result) => result.status === 'fulfilled').length };
}
