// One small function per IPC channel, built from the account service. Must not import electron.
import type { ChannelName, ChannelOutput, ParsedInput } from '../../preload/contract';
import type { AccountService } from '../core/accounts/account-service';
import type { ApprovalQueue } from '../core/cli-grants/approval-queue';
import type { RunRegistry } from '../core/cli-grants/run-registry';
import type { InstallCli } from '../core/cli-grants/cli-install-port';

/** What the window sees of the command line: requests waiting for approval, and each account's runs. */
export interface CommandLineDesk {
  readonly approvals: ApprovalQueue;
  readonly runs: RunRegistry;
  readonly installCli: InstallCli;
}

/** The handler table: a channel without a handler is a compile error. */
export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> };

export function createHandlers(accounts: AccountService, desk: CommandLineDesk): Handlers {
  return {
    getState: async () => accounts.state(),
    addAccount: (input) => accounts.add(input),
    checkAccount: ({ id }) => accounts.check(id),
    renewToken: ({ id }) => accounts.renew(id),
    renameAccount: ({ id, label }) => accounts.rename(id, label),
    replaceSecret: ({ id, clientSecret, baseUrl }) => accounts.replaceSecret(id, clientSecret, baseUrl),
    removeAccount: ({ id }) => accounts.remove(id),
    undoRemove: ({ id }) => accounts.undoRemove(id),
    copyToken: ({ id, format }) => accounts.copyToken(id, format),
    clearClipboard: () => accounts.clearClipboard(),
    checkAll: ({ ids }) => accounts.checkAll(ids),
    dismissBanAlert: ({ id }) => accounts.dismissBanAlert(id),
    updateSettings: async (change) => accounts.updateSettings(change),
    setWeakProtectionOptIn: async ({ optIn }) => accounts.setWeakProtectionOptIn(optIn),
    setLowCreditThreshold: ({ id, threshold }) => accounts.setLowCreditThreshold(id, threshold),
    getApprovals: async () => ({ approvals: desk.approvals.pending() }),
    answerApproval: async ({ id, answer }) => ({ answered: desk.approvals.answer(id, answer) }),
    getRuns: async ({ id }) => desk.runs.runs(id),
    stopRun: async ({ runId }) => ({ stopped: desk.runs.stop(runId) }),
    installCli: () => desk.installCli(),
  };
}
