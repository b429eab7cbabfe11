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
  onScanImportRequested(listener: Listener<'scanImportRequested'>): () => void;
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
  function prefetch(): () => Promise<Envelope<VaultState>> {
    let pushed: VaultState | null = null;
    const stop = listen('accountsChanged', (state) => {
      pushed = state;
    });
    const reply = call('getState', {});
    return async () => {
      const answer = await reply;
      stop();
      if (pushed !== null) return { ok: true, data: pushed };
      return answer.ok ? answer : call('getState', {});
    };
  }
  let firstState = options.prefetchState === true ? prefetch() : null;

  return {
    getState: (input) => {
      const first = firstState;
      firstState = null;
      return first === null ? call('getState', input) : first();
    },
    addAccount: (input) => call('addAccount', input),
    checkAccount: (input) => call('checkAccount', input),
    renewToken: (input) => call('renewToken', input),
    renameAccount: (input) => call('renameAccount', input),
    replaceSecret: (input) => call('replaceSecret', input),
    removeAccount: (input) => call('removeAccount', input),
    copyToken: (input) => call('copyToken', input),
    clearClipboard: (input) => call('clearClipboard', input),
    checkAll: (input) => call('checkAll', input),
    dismissBanAlert: (input) => call('dismissBanAlert', input),
    updateSettings: (input) => call('updateSettings', input),
    setWeakProtectionOptIn: (input) => call('setWeakProtectionOptIn', input),
    setLowCreditThreshold: (input) => call('setLowCreditThreshold', input),
    scanFolder: (input) => call('scanFolder', input),
    importScanFindings: (input) => call('importScanFindings', input),
    answerScanImport: (input) => call('answerScanImport', input),
    onAccountsChanged: (listener) => listen('accountsChanged', listener),
    onClipboardCleared: (listener) => listen('clipboardCleared', listener),
    onFocusAccount: (listener) => listen('focusAccount', listener),
    onScanImportRequested: (listener) => listen('scanImportRequested', listener),
  };
}
