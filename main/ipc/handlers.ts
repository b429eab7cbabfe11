// One small function per IPC channel, built from the account service. Must not import electron.
import type { ChannelName, ChannelOutput, ParsedInput, VaultState } from '../../preload/contract';
import type { AccountService } from '../core/accounts/account-service';
import type { UserGestureGate } from '../core/clipboard/user-gesture';
import { VaultError } from '../core/vault/vault-error';
import type { ApprovalQueue } from '../core/cli-grants/approval-queue';
import type { RunRegistry } from '../core/cli-grants/run-registry';
import type { InstallCli } from '../core/cli-grants/cli-install-port';

/** What the window sees of the command line: requests waiting for approval, and each account's runs. */
export interface CommandLineDesk {
  readonly approvals: ApprovalQueue;
  readonly runs: RunRegistry;
  readonly installCli: InstallCli;
}
import type { ScanSession } from '../core/scan/scan-session';

/** The vault file as a whole: Settings' "Accept this vault file" when it is not the one akool-vault saved last. */
export interface VaultFileDesk {
  accept(): Promise<VaultState>;
}

/** The handler table: a channel without a handler is a compile error. */
export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> };

/** Why a copy without a person's input before it is refused; the renderer's own claims (navigator.userActivation) do not count. */
export const noGestureText = 'Copying needs a click or key press in the akool-vault window; nothing was copied.';

/** `gestures`: the copy channel runs only after a person's input reached the window (user-gesture.ts); `scan`: the leak scan the window asks for. */
export function createHandlers(
  accounts: AccountService,
  desk: CommandLineDesk,
  gestures: UserGestureGate,
  scan: ScanSession,
  vaultFile: VaultFileDesk,
): Handlers {
  return {
    getState: async () => accounts.state(),
    addAccount: (input) => accounts.add(input),
    checkAccount: ({ id }) => accounts.check(id),
    renewToken: ({ id }) => accounts.renew(id),
    renameAccount: ({ id, label }) => accounts.rename(id, label),
    replaceSecret: ({ id, clientSecret, baseUrl }) => accounts.replaceSecret(id, clientSecret, baseUrl),
    removeAccount: ({ id }) => accounts.remove(id),
    undoRemove: ({ id }) => accounts.undoRemove(id),
    copyToken: async ({ id, format }) => {
      if (!gestures.take()) throw new VaultError('invalid-input', noGestureText);
      return accounts.copyToken(id, format);
    },
    clearClipboard: () => accounts.clearClipboard(),
    checkAll: ({ ids }) => accounts.checkAll(ids),
    dismissBanAlert: ({ id }) => accounts.dismissBanAlert(id),
    updateSettings: (change) => accounts.updateSettings(change),
    setWeakProtectionOptIn: async ({ optIn }) => accounts.setWeakProtectionOptIn(optIn),
    setLowCreditThreshold: ({ id, threshold }) => accounts.setLowCreditThreshold(id, threshold),
    getApprovals: async () => ({ approvals: desk.approvals.pending() }),
    answerApproval: async ({ id, answer }) => ({ answered: desk.approvals.answer(id, answer) }),
    getRuns: async ({ id }) => desk.runs.runs(id),
    stopRun: async ({ runId }) => ({ stopped: desk.runs.stop(runId) }),
    installCli: () => desk.installCli(),
    scanFolder: (input) => scan.scanForWindow(input),
    importScanFindings: ({ fingerprints }) => scan.importFromWindow(fingerprints),
    answerScanImport: async ({ requestId, allowed }) => scan.answerImport(requestId, allowed),
    acceptVaultFile: () => vaultFile.accept(),
  };
}
