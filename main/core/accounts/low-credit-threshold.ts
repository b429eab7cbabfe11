// Use case: set or clear an account's own low-credit threshold. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { AccountContext } from './account-context';
import { withRecord } from './account-records';

/** `threshold`: a number, null (off for this account) or 'default' (follow the global setting). */
export function setLowCreditThreshold(context: AccountContext, id: string, threshold: number | null | 'default'): Promise<AccountView> {
  return context.perAccount(id, async () => {
    context.deps.documents.update((document) =>
      withRecord(document, id, ({ lowCreditThreshold: _previous, ...record }) =>
        threshold === 'default' ? record : { ...record, lowCreditThreshold: threshold },
      ),
    );
    context.changed();
    return context.view(id);
  });
}
