// The notification that says `scan --import` waits in the window: how many live secrets, never a value or a path. Must not import electron.
import type { ImportRequestView } from '../../../preload/scan-contract';
import type { AlertNotification } from '../ports';

export function importWaitingNotice(request: ImportRequestView): AlertNotification {
  const found = request.offers.length === 1 ? '1 working Akool secret' : `${request.offers.length} working Akool secrets`;
  return {
    title: 'Found secrets wait for your choice',
    body: `akool-vault scan --import found ${found}. Open akool-vault to choose which to import within 5 minutes.`,
    accountId: null,
  };
}
