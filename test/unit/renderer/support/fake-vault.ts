// A fake window.vault (VaultBridge) that records every call, answers from an in-memory state, and pushes events on demand. Must not import electron, node:* or main/.
import type { VaultBridge } from '../../../../preload/bridge';
import type {
  AccountView,
  ChannelName,
  Envelope,
  EventPayload,
  ProtectionView,
  VaultErrorPayload,
} from '../../../../preload/contract';
import { makeId, makeState } from './fixtures';

export type RecordedCall = { method: ChannelName; input: unknown };
type Methods = Pick<VaultBridge, ChannelName>;

export type FakeVault = {
  bridge: VaultBridge;
  calls: RecordedCall[];
  /** Replace one method's answer; the call is still recorded. */
  respond: Partial<Methods>;
  inputsTo(method: ChannelName): unknown[];
  pushState(state: EventPayload<'accountsChanged'>): void;
  clearClipboard(reason: EventPayload<'clipboardCleared'>['reason']): void;
  focusAccount(id: string): void;
  pushApprovals(approvals: EventPayload<'approvalsChanged'>['approvals']): void;
  pushScanImports(requests: EventPayload<'scanImportsChanged'>['requests']): void;
  pushRunsChanged(id: string): void;
  listenerCount(): number;
};

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: VaultErrorPayload): { ok: false; error: VaultErrorPayload } => ({ ok: false, error });

export function createFakeVault(initial = makeState()): FakeVault {
  let state = initial;
  const removed = new Map<string, AccountView>();
  const calls: RecordedCall[] = [];
  const respond: Partial<Methods> = {};
  const stateListeners = new Set<(payload: EventPayload<'accountsChanged'>) => void>();
  const clipboardListeners = new Set<(payload: EventPayload<'clipboardCleared'>) => void>();
  const focusListeners = new Set<(payload: EventPayload<'focusAccount'>) => void>();
  const approvalListeners = new Set<(payload: EventPayload<'approvalsChanged'>) => void>();
  const importListeners = new Set<(payload: EventPayload<'scanImportsChanged'>) => void>();
  const runListeners = new Set<(payload: EventPayload<'runsChanged'>) => void>();

  const find = (id: string): Envelope<AccountView> => {
    const account = state.accounts.find((known) => known.id === id);
    return account === undefined ? fail({ code: 'not-found', message: `No account ${id}` }) : ok(account);
  };
  const change = (id: string, edit: Partial<AccountView>): Envelope<AccountView> => {
    const found = find(id);
    if (!found.ok) return found;
    const account = { ...found.data, ...edit };
    state = { ...state, accounts: state.accounts.map((known) => (known.id === id ? account : known)) };
    return ok(account);
  };
  const optIn = (weakOptIn: boolean): ProtectionView => {
    const { level } = state.protection;
    const protection = { ...state.protection, weakOptIn, canStoreSecrets: level === 'strong' || (level === 'weak' && weakOptIn) };
    state = { ...state, protection };
    return protection;
  };

  const defaults: Methods = {
    getState: async () => ok(state),
    addAccount: async (input) => {
      const { label, baseUrl } = input;
      const byKey = input.kind === 'api-key';
      const clientId = byKey ? '' : input.clientId;
      const account: AccountView = {
        id: makeId(),
        label: label ?? (byKey ? 'API key 0123abcd' : clientId),
        clientId,
        baseUrl: baseUrl ?? 'https://openapi.akool.com',
        replaceBaseUrl: baseUrl ?? 'https://openapi.akool.com',
        baseUrlUnicode: baseUrl ?? 'https://openapi.akool.com',
        status: 'active',
        problem: null,
        expiresAt: byKey ? null : '2031-01-01T00:00:00.000Z',
        issuedAt: byKey ? null : '2030-01-01T00:00:00.000Z',
        email: null,
        uid: null,
        credit: null,
        checkedAt: null,
        tokenFingerprint: byKey ? null : '0123abcd',
        kind: byKey ? 'api-key' : 'client-credentials',
        keyFingerprint: byKey ? '0123abcd' : null,
        createdAt: '2030-01-01T00:00:00.000Z',
        banDismissed: false,
        creditHistory: [],
        creditForecast: { kind: 'too-few-samples', burnPerDay: null, daysLeft: null, text: 'No forecast yet.' },
        lowCredit: 'none',
        lowCreditThreshold: state.settings.lowCreditThreshold,
        lowCreditOverridden: false,
      };
      state = { ...state, accounts: [...state.accounts, account] };
      return ok(account);
    },
    checkAccount: async ({ id }) => change(id, { checkedAt: new Date().toISOString() }),
    renewToken: async ({ id }) => change(id, { tokenFingerprint: 'fedc9876' }),
    renameAccount: async ({ id, label }) => change(id, { label }),
    replaceSecret: async ({ id, baseUrl }) => change(id, baseUrl === undefined ? {} : { baseUrl }),
    removeAccount: async ({ id }) => {
      const found = find(id);
      if (!found.ok) return found;
      removed.set(id, found.data);
      state = { ...state, accounts: state.accounts.filter((known) => known.id !== id) };
      return ok({ id, undoUntil: new Date(Date.now() + 10_000).toISOString() });
    },
    undoRemove: async ({ id }) => {
      const account = removed.get(id);
      if (account === undefined) return find(id);
      removed.delete(id);
      state = { ...state, accounts: [...state.accounts, account] };
      return ok(account);
    },
    copyToken: async () => ok({ clearsAt: new Date(Date.now() + 30_000).toISOString(), concealed: true }),
    clearClipboard: async () => ok({ cleared: true }),
    checkAll: async () => ok({ checked: state.accounts.length }),
    dismissBanAlert: async ({ id }) => change(id, { banDismissed: true }),
    updateSettings: async (edit) => {
      state = { ...state, settings: { ...state.settings, ...edit } };
      return ok(state.settings);
    },
    setWeakProtectionOptIn: async ({ optIn: wanted }) => ok(optIn(wanted)),
    setLowCreditThreshold: async ({ id, threshold }) =>
      change(id, {
        lowCreditOverridden: threshold !== 'default',
        lowCreditThreshold: threshold === 'default' ? state.settings.lowCreditThreshold : threshold,
      }),
    getApprovals: async () => ok({ approvals: [] }),
    answerApproval: async () => ok({ answered: true }),
    getRuns: async () => ok({ active: [], recent: [] }),
    stopRun: async () => ok({ stopped: true }),
    installCli: async () => ok({ command: '/home/me/.local/bin/akool-vault', binDir: '/home/me/.local/bin', onPath: true }),
    openGuide: async () => ok({ opened: true }),
    scanFolder: async ({ dir }) => ok({ root: dir, findings: [], skipped: [], filesScanned: 0, findingsLeftOut: 0, skippedLeftOut: 0 }),
    importScanFindings: async () => ok({ imported: [], failed: [] }),
    getScanImports: async () => ok({ requests: [] }),
    answerScanImport: async () => ok({ answered: true }),
    acceptVaultFile: async () => {
      state = { ...state, locked: false, notice: null };
      return ok(state);
    },
  };

  /** Records the call, then answers with the test's override if set, else the default. */
  function recorded<I, O>(method: ChannelName, pick: () => (input: I) => Promise<O>): (input: I) => Promise<O> {
    return (input) => {
      calls.push({ method, input });
      return pick()(input);
    };
  }

  const bridge: VaultBridge = {
    getState: recorded('getState', () => respond.getState ?? defaults.getState),
    addAccount: recorded('addAccount', () => respond.addAccount ?? defaults.addAccount),
    checkAccount: recorded('checkAccount', () => respond.checkAccount ?? defaults.checkAccount),
    renewToken: recorded('renewToken', () => respond.renewToken ?? defaults.renewToken),
    renameAccount: recorded('renameAccount', () => respond.renameAccount ?? defaults.renameAccount),
    replaceSecret: recorded('replaceSecret', () => respond.replaceSecret ?? defaults.replaceSecret),
    removeAccount: recorded('removeAccount', () => respond.removeAccount ?? defaults.removeAccount),
    undoRemove: recorded('undoRemove', () => respond.undoRemove ?? defaults.undoRemove),
    copyToken: recorded('copyToken', () => respond.copyToken ?? defaults.copyToken),
    clearClipboard: recorded('clearClipboard', () => respond.clearClipboard ?? defaults.clearClipboard),
    checkAll: recorded('checkAll', () => respond.checkAll ?? defaults.checkAll),
    dismissBanAlert: recorded('dismissBanAlert', () => respond.dismissBanAlert ?? defaults.dismissBanAlert),
    updateSettings: recorded('updateSettings', () => respond.updateSettings ?? defaults.updateSettings),
    setWeakProtectionOptIn: recorded('setWeakProtectionOptIn', () => respond.setWeakProtectionOptIn ?? defaults.setWeakProtectionOptIn),
    setLowCreditThreshold: recorded('setLowCreditThreshold', () => respond.setLowCreditThreshold ?? defaults.setLowCreditThreshold),
    getApprovals: recorded('getApprovals', () => respond.getApprovals ?? defaults.getApprovals),
    answerApproval: recorded('answerApproval', () => respond.answerApproval ?? defaults.answerApproval),
    getRuns: recorded('getRuns', () => respond.getRuns ?? defaults.getRuns),
    stopRun: recorded('stopRun', () => respond.stopRun ?? defaults.stopRun),
    installCli: recorded('installCli', () => respond.installCli ?? defaults.installCli),
    acceptVaultFile: recorded('acceptVaultFile', () => respond.acceptVaultFile ?? defaults.acceptVaultFile),
    openGuide: recorded('openGuide', () => respond.openGuide ?? defaults.openGuide),
    takeEarlyState: () => null,
    scanFolder: recorded('scanFolder', () => respond.scanFolder ?? defaults.scanFolder),
    importScanFindings: recorded('importScanFindings', () => respond.importScanFindings ?? defaults.importScanFindings),
    getScanImports: recorded('getScanImports', () => respond.getScanImports ?? defaults.getScanImports),
    answerScanImport: recorded('answerScanImport', () => respond.answerScanImport ?? defaults.answerScanImport),
    onAccountsChanged: (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onClipboardCleared: (listener) => {
      clipboardListeners.add(listener);
      return () => clipboardListeners.delete(listener);
    },
    onFocusAccount: (listener) => {
      focusListeners.add(listener);
      return () => focusListeners.delete(listener);
    },
    onApprovalsChanged: (listener) => {
      approvalListeners.add(listener);
      return () => approvalListeners.delete(listener);
    },
    onRunsChanged: (listener) => {
      runListeners.add(listener);
      return () => runListeners.delete(listener);
    },
    onScanImportsChanged: (listener) => {
      importListeners.add(listener);
      return () => importListeners.delete(listener);
    },
  };

  return {
    bridge,
    calls,
    respond,
    inputsTo: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
    pushState: (next) => {
      state = next;
      for (const listener of stateListeners) listener(next);
    },
    clearClipboard: (reason) => {
      for (const listener of clipboardListeners) listener({ reason });
    },
    focusAccount: (id) => {
      for (const listener of focusListeners) listener({ id });
    },
    pushScanImports: (requests) => {
      for (const listener of importListeners) listener({ requests });
    },
    pushApprovals: (approvals) => {
      for (const listener of approvalListeners) listener({ approvals });
    },
    pushRunsChanged: (id) => {
      for (const listener of runListeners) listener({ id });
    },
    listenerCount: () => stateListeners.size + clipboardListeners.size + focusListeners.size + approvalListeners.size + runListeners.size + importListeners.size,
  };
}

/** Installs a fresh fake as window.vault and returns it. */
export function installFakeVault(initial = makeState()): FakeVault {
  const fake = createFakeVault(initial);
  window.vault = fake.bridge;
  return fake;
}

/** A promise the test settles by hand, to observe the UI while a request is in flight. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
