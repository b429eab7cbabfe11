// Use case: check an account's credit and status now, sharing a check already running for it. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { QuotaOutcome } from '../akool/client';
import type { AccountContext } from './account-context';
import { refreshStatus } from './account-status';

/** Checks like `checkAccount`, sharing a run in progress, and resolves with what Akool said rather than the view. */
export function probeAccount(context: AccountContext, id: string): Promise<QuotaOutcome> {
  return context.sharedCheck(id, () =>
    context.perAccount(id, () =>
      context.announcingRecordChanges(async () => {
        const outcome = await refreshStatus(context.deps, id);
        context.changed();
        return outcome;
      }),
    ),
  );
}

export async function checkAccount(context: AccountContext, id: string): Promise<AccountView> {
  await probeAccount(context, id);
  return context.view(id);
}
