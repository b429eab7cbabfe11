// Use case: check every account, a bounded number at once. Must not import electron.
import { runLimited } from '../shared/run-limited';
import type { AccountContext } from './account-context';
import { checkAccount } from './check-account';

export const checkAllConcurrency = 8;

/** Checks every account, or only those of `only` (the ones the window shows) that are still in the vault; never one being removed. */
export async function checkAllAccounts(context: AccountContext, only?: readonly string[]): Promise<{ checked: number }> {
  const wanted = only === undefined ? null : new Set(only);
  const ids = context.deps.documents
    .current()
    .accounts.map((record) => record.id)
    .filter((id) => (wanted === null || wanted.has(id)) && !context.removals.has(id));
  const results = await runLimited(ids, checkAllConcurrency, (id) => checkAccount(context, id));
  return { checked: results.filter((result) => result.status === 'fulfilled').length };
}
