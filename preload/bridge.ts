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
};

const unexpectedReply = {
  ok: false,
  error: { code: 'internal', message: 'The vault sent a reply this window does not understand.' },
} as const;

export function createBridge(invoke: Invoke, subscribe: Subscribe): VaultBridge {
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

  return {
    getState: (input) => call('getState', input),
    addAccount: (input) => call('addAccount', input),
    checkAccount: (input) => call('checkAccount', input),
    renewToken: (input) => call('renewToken', input),
    renameAccount: (input) => call('renameAccount', input),
    replaceSecret: (input) => call('replaceSecret', input),
    changeBaseUrl: (input) => call('changeBaseUrl', input),
    removeAccount: (input) => call('removeAccount', input),
    copyToken: (input) => call('copyToken', input),
    clearClipboard: (input) => call('clearClipboard', input),
    checkAll: (input) => call('checkAll', input),
    dismissBanAlert: (input) => call('dismissBanAlert', input),
    updateSettings: (input) => call('updateSettings', input),
    setWeakProtectionOptIn: (input) => call('setWeakProtectionOptIn', input),
    onAccountsChanged: (listener) => listen('accountsChanged', listener),
    onClipboardCleared: (listener) => listen('clipboardCleared', listener),
    onFocusAccount: (listener) => listen('focusAccount', listener),
  };
}
