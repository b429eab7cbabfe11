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
import type { GuidePage } from '../../preload/contract';

/** The vault file as a whole: Settings' "Accept this vault file" when it is not the one akool-vault saved last. */
export interface VaultFileDesk {
  accept(): Promise<VaultState>;
}

/** The handler table: a channel without a handler is a compile error. */
export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> };

/** Why a copy without a person's input before it is refused; the renderer's own claims (navigator.userActivation) do not count. */
export const noGestureText = 'Copying needs a click or key press in the akool-vault window; nothing was copied.';

/** Why a vault file is not accepted without a person's input before it. */
export const noGestureAcceptText = 'Accepting a vault file needs a click or key press in the akool-vault window; nothing was changed.';

/** Why a guide does not open without a person's input before it: a page cannot open the browser on its own. */
export const noGestureGuideText = 'Opening a guide needs a click or key press in the akool-vault window; nothing was opened.';

/** Why an answer that allows a command-line request or an import is refused without a person's input before it. */
export const noGestureAllowText = 'Allowing needs a click or key press in the akool-vault window; nothing was allowed.';

/**
 * `gestures`: the copy and open-guide channels, and any answer that allows something (a command-line request, a scan
 * import), run only after a person's input reached the window (user-gesture.ts); Deny and Stop only take away, so they need none;
 * `scan`: the leak scan the window asks for; `vaultFile`: accepting a vault file that is not the one saved last; `openGuide`: shows a listed page in the browser
 * (core/guides/guide-pages.ts).
 */
export function createHandlers(
  accounts: AccountService,
  desk: CommandLineDesk,
  gestures: UserGestureGate,
  scan: ScanSession,
  vaultFile: VaultFileDesk,
  openGuide: (page: GuidePage) => Promise<void>,
): Handlers {
  /** Spends the person's last input, or refuses with `refusal` (an invalid-input error) when there is none. */
  const spendGesture = (refusal: string): void => {
    if (!gestures.take()) throw new VaultError('invalid-input', refusal);
  };
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
      spendGesture(noGestureText);
      return accounts.copyToken(id, format);
    },
    clearClipboard: () => accounts.clearClipboard(),
    checkAll: ({ ids }) => accounts.checkAll(ids),
    dismissBanAlert: ({ id }) => accounts.dismissBanAlert(id),
    updateSettings: (change) => accounts.updateSettings(change),
    setWeakProtectionOptIn: async ({ optIn }) => accounts.setWeakProtectionOptIn(optIn),
    setLowCreditThreshold: ({ id, threshold }) => accounts.setLowCreditThreshold(id, threshold),
    getApprovals: async () => ({ approvals: desk.approvals.pending() }),
    answerApproval: async ({ id, answer }) => {
      if (answer !== 'deny') spendGesture(noGestureAllowText);
      return { answered: desk.approvals.answer(id, answer) };
    },
    getRuns: async ({ id }) => desk.runs.runs(id),
    stopRun: async ({ runId }) => ({ stopped: desk.runs.stop(runId) }),
    installCli: () => desk.installCli(),
    openGuide: async ({ page }) => {
      spendGesture(noGestureGuideText);
      await openGuide(page);
      return { opened: true };
    },
    scanFolder: (input) => scan.scanForWindow(input),
    importScanFindings: ({ fingerprints }) => scan.importFromWindow(fingerprints),
    getScanImports: async () => ({ requests: scan.waitingImports() }),
    answerScanImport: async ({ requestId, allowed }) => {
      if (allowed.length > 0) spendGesture(noGestureAllowText);
      return scan.answerImport(requestId, allowed);
    },
    acceptVaultFile: async () => {
      // Accepting lets an older file's accounts send again: a person's click, like any answer that allows something.
      spendGesture(noGestureAcceptText);
      return vaultFile.accept();
    },
  };
}
