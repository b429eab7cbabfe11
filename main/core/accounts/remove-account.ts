// Use case: remove an account together with its seals and its in-memory server excerpt. Must not import electron.
import { withSecret } from '../vault/secret-vault';
import type { AccountContext } from './account-context';
import { clientSecretService, requireRecord, tokenService } from './account-records';

export function removeAccount(context: AccountContext, id: string): Promise<{ id: string }> {
  return context.perAccount(id, async () => {
    context.deps.documents.update((document) => {
      requireRecord(document, id);
      const withoutRecord = { ...document, accounts: document.accounts.filter((record) => record.id !== id) };
      return withSecret(withSecret(withoutRecord, clientSecretService, id, null), tokenService, id, null);
    });
    context.deps.excerpts.set(id, null);
    context.changed();
    return { id };
  });
}
