// Use case: dismiss an account's ban alert until its status changes. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { AccountContext } from './account-context';
import { withRecord } from './account-records';

export function dismissBanAlert(context: AccountContext, id: string): Promise<AccountView> {
  return context.perAccount(id, async () => {
    context.deps.documents.update((document) => withRecord(document, id, (record) => ({ ...record, banDismissed: true })));
    context.changed();
    return context.view(id);
  });
}
