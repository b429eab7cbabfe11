// Use case: remove an account, undoable for a few seconds (pending-removals.ts); the commit drops its record, every seal and its in-memory excerpt. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import { withSecret } from '../vault/secret-vault';
import type { VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { apiKeyService, clientSecretService, requireRecord, tokenService } from './account-records';

/** The document without this account: its record and every secret sealed for it (secret, token, API key). */
export function withoutAccount(document: VaultDocument, id: string): VaultDocument {
  const withoutRecord = { ...document, accounts: document.accounts.filter((record) => record.id !== id) };
  return [clientSecretService, tokenService, apiKeyService].reduce((next, service) => withSecret(next, service, id, null), withoutRecord);
}

/** Drops the account for good, now; nothing when it is already gone. */
function commitRemoval(context: AccountContext, id: string): void {
  context.deps.documents.update((document) =>
    document.accounts.some((record) => record.id === id) ? withoutAccount(document, id) : document,
  );
  context.deps.excerpts.set(id, null);
  context.changed();
}

/** Hides the account at once and drops it when the undo window ends (or on quit); resolves with when that is. */
export function removeAccount(context: AccountContext, id: string): Promise<{ id: string; undoUntil: string }> {
  return context.perAccount(id, async () => {
    requireRecord(context.deps.documents.current(), id);
    const at = context.removals.start(id, () => commitRemoval(context, id));
    context.changed();
    return { id, undoUntil: new Date(at).toISOString() };
  });
}

/** Brings back an account whose removal is still pending; `not-found` once it was committed. */
export function undoRemove(context: AccountContext, id: string): Promise<AccountView> {
  return context.perAccount(id, async () => {
    if (!context.removals.cancel(id)) throw new VaultError('not-found', 'That account was already removed for good.');
    context.changed();
    return context.view(id);
  });
}
