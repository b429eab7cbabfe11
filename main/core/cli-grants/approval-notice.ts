// The notification that says a command-line request waits in the window: the account's label and the command, never a secret. Must not import electron.
import type { ApprovalView } from '../../../preload/contract';
import type { AlertNotification } from '../ports';

const asked: Readonly<Record<ApprovalView['command'], string>> = {
  run: 'wants to run a command with',
  token: 'asks for the token of',
  key: 'asks for the key of',
};

export function approvalWaitingNotice(approval: ApprovalView): AlertNotification {
  return {
    title: 'A command waits for your approval',
    body: `akool-vault ${approval.command} ${asked[approval.command]} "${approval.accountLabel}". Open akool-vault to allow or deny it within 60 seconds.`,
    accountId: approval.accountId,
  };
}

/** What the tray's tooltip adds while command-line requests wait; empty when none does. */
export function waitingTrayText(waiting: number): string {
  if (waiting === 0) return '';
  return waiting === 1 ? ' · 1 command waits for your approval' : ` · ${waiting} commands wait for your approval`;
}
