// Builds window.vault from a transport: named methods only, every response parsed. Imports the contract only.
import {
  envelopeSchema,
  events,
  ipcChannel,
  ipcEvent,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type Envelope,
  type EventName,
  type EventPayload,
  type VaultState,
} from './contract';

/** Sends one request to the main process and resolves with its raw reply. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Listens to one push channel; returns a function that stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

type Listener<K extends EventName> = (payload: EventPayload<K>) => void;

export type VaultBridge = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>;
} & {
  onAccountsChanged(listener: Listener<'accountsChanged'>): () => void;
  onClipboardCleared(listener: Listener<'clipboardCleared'>): () => void;
  onFocusAccount(listener: Listener<'focusAccount'>): () => void;
  onApprovalsChanged(listener: Listener<'approvalsChanged'>): () => void;
  onRunsChanged(listener: Listener<'runsChanged'>): () => void;
  /**
   * The early getState's answer if it has already arrived (or a state pushed since), else null: lets the page's first
   * render show the accounts instead of "Loading accounts…". Taking it hands the early answer over, so the next
   * getState asks the vault again. Carries what getState carries (account views), never a secret.
   */
  takeEarlyState(): VaultState | null;
  onScanImportsChanged(listener: Listener<'scanImportsChanged'>): () => void;
};

const unexpectedReply = {
  ok: false,
  error: { code: 'internal', message: 'The vault sent a reply this window does not understand.' },
} as const;

export type BridgeOptions = {
  /**
   * Sends getState as the bridge is built (the preload runs before the page's scripts), so the state's round trip
   * overlaps the page's own loading. The page's first getState gets that answer, or the newest state pushed since.
   */
  prefetchState?: boolean;
};

export function createBridge(invoke: Invoke, subscribe: Subscribe, options: BridgeOptions = {}): VaultBridge {
  async function call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Envelope<ChannelOutput<K>>> {
    let reply: unknown;
    try {
      reply = await invoke(ipcChannel(name), input);
    } catch {
      return unexpectedReply;
    }
    const parsed = envelopeSchema(name).safeParse(reply);
    return parsed.success ? parsed.data : unexpectedReply;
  }

  function listen<K extends EventName>(name: K, listener: Listener<K>): () => void {
    return subscribe(ipcEvent(name), (payload) => {
      const parsed = events[name].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  }

  /**
   * The first getState's answer, sent early; a state pushed while it waits for the page is newer and wins. An early
   * request that failed is sent again: Electron documents no guarantee about IPC sent while the preload itself runs
   * (electron/electron#33575: senderFrame "potentially invalid until the preload script has run"), so at worst this
   * costs one round trip, as without the prefetch.
   */
  function prefetch(): { take(): Promise<Envelope<VaultState>>; peek(): VaultState | null } {
    let pushed: VaultState | null = null;
    let arrived: VaultState | null = null;
    let peeked = false;
    const stop = listen('accountsChanged', (state) => {
      pushed = state;
      if (peeked) missed = state;
    });
    handOver = () => {
      stop();
      const newer = missed;
      missed = null;
      return newer;
    };
    const reply = call('getState', {}).then((answer) => {
      if (answer.ok) arrived = answer.data;
      return answer;
    });
    return {
      take: async () => {
        const answer = await reply;
        stop();
        if (pushed !== null) return { ok: true, data: pushed };
        return answer.ok ? answer : call('getState', {});
      },
      // The listener stays until the page subscribes, which then gets any state pushed in between (handOver).
      peek: () => {
        const newest = pushed ?? arrived;
        peeked = newest !== null;
        return newest;
      },
    };
  }
  /** A state pushed after takeEarlyState and before the page's first onAccountsChanged; handOver stops the early listener. */
  let missed: VaultState | null = null;
  let handOver: (() => VaultState | null) | null = null;
  let firstState = options.prefetchState === true ? prefetch() : null;

  return {
    getState: (input) => {
      const first = firstState;
      firstState = null;
      return first === null ? call('getState', input) : first.take();
    },
    takeEarlyState: () => {
      const early = firstState?.peek() ?? null;
      if (early !== null) firstState = null;
      return early;
    },
    addAccount: (input) => call('addAccount', input),
    checkAccount: (input) => call('checkAccount', input),
    renewToken: (input) => call('renewToken', input),
    renameAccount: (input) => call('renameAccount', input),
    replaceSecret: (input) => call('replaceSecret', input),
    removeAccount: (input) => call('removeAccount', input),
    undoRemove: (input) => call('undoRemove', input),
    copyToken: (input) => call('copyToken', input),
    clearClipboard: (input) => call('clearClipboard', input),
    checkAll: (input) => call('checkAll', input),
    dismissBanAlert: (input) => call('dismissBanAlert', input),
    updateSettings: (input) => call('updateSettings', input),
    setWeakProtectionOptIn: (input) => call('setWeakProtectionOptIn', input),
    setLowCreditThreshold: (input) => call('setLowCreditThreshold', input),
    getApprovals: (input) => call('getApprovals', input),
    answerApproval: (input) => call('answerApproval', input),
    getRuns: (input) => call('getRuns', input),
    stopRun: (input) => call('stopRun', input),
    installCli: (input) => call('installCli', input),
    acceptVaultFile: (input) => call('acceptVaultFile', input),
    openGuide: (input) => call('openGuide', input),
    onAccountsChanged: (listener) => {
      const stopListening = listen('accountsChanged', listener);
      const newer = handOver?.() ?? null;
      handOver = null;
      if (newer !== null) queueMicrotask(() => listener(newer));
      return stopListening;
    },
    onClipboardCleared: (listener) => listen('clipboardCleared', listener),
    onFocusAccount: (listener) => listen('focusAccount', listener),
    onApprovalsChanged: (listener) => listen('approvalsChanged', listener),
    onRunsChanged: (listener) => listen('runsChanged', listener),
    scanFolder: (input) => call('scanFolder', input),
    importScanFindings: (input) => call('importScanFindings', input),
    getScanImports: (input) => call('getScanImports', input),
    answerScanImport: (input) => call('answerScanImport', input),
    onScanImportsChanged: (listener) => listen('scanImportsChanged', listener),
  };
}
