// One small function per IPC channel, built from the account service. Must not import electron.
import type { ChannelName, ChannelOutput, ParsedInput } from '../../preload/contract';
import type { AccountService } from '../core/accounts/account-service';
import type { ScanSession } from '../core/scan/scan-session';

/** The handler table: a channel without a handler is a compile error. */
export type Handlers = { [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> };

export function createHandlers(accounts: AccountService, scan: ScanSession): Handlers {
  return {
    getState: async () => accounts.state(),
    addAccount: (input) => accounts.add(input),
    checkAccount: ({ id }) => accounts.check(id),
    renewToken: ({ id }) => accounts.renew(id),
    renameAccount: ({ id, label }) => accounts.rename(id, label),
    replaceSecret: ({ id, clientSecret, baseUrl }) => accounts.replaceSecret(id, clientSecret, baseUrl),
    removeAccount: ({ id }) => accounts.remove(id),
    copyToken: ({ id, format }) => accounts.copyToken(id, format),
    clearClipboard: () => accounts.clearClipboard(),
    checkAll: () => accounts.checkAll(),
    dismissBanAlert: ({ id }) => accounts.dismissBanAlert(id),
    updateSettings: async (change) => accounts.updateSettings(change),
    setWeakProtectionOptIn: async ({ optIn }) => accounts.setWeakProtectionOptIn(optIn),
    setLowCreditThreshold: ({ id, threshold }) => accounts.setLowCreditThreshold(id, threshold),
    scanFolder: (input) => scan.scanForWindow(input),
    importScanFindings: ({ fingerprints }) => scan.importFromWindow(fingerprints),
    answerScanImport: async ({ requestId, allowed }) => scan.answerImport(requestId, allowed),
  };
}
