// Use case: check an account's credit and status now, sharing a check already running for it. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import type { QuotaOutcome } from '../akool/client';
import { failureToError } from '../akool/failure';
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

/**
 * A check a person asked for ("Check now"): like checkAccount, but Akool's 1005 (which changes no status) is thrown as
 * a `throttled` error, so the person learns why nothing changed. Adding and "Check all" keep checkAccount.
 */
export async function checkAccountNow(context: AccountContext, id: string): Promise<AccountView> {
  const outcome = await probeAccount(context, id);
  if (outcome.kind === 'throttled') throw failureToError(outcome);
  return context.view(id);
}
