// Use case: rename an account. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { AccountContext } from './account-context';
import { withRecord } from './account-records';

export function renameAccount(context: AccountContext, id: string, label: string): Promise<AccountView> {
  return context.perAccount(id, async () => {
    context.deps.documents.update((document) => withRecord(document, id, (record) => ({ ...record, label })));
    context.changed();
    return context.view(id);
  });
}
