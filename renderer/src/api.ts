// The renderer's only door to the main process: calls window.vault and always resolves to an envelope. Must not import electron, node:*, main/ or runtime values from preload/.
import type { VaultBridge } from '../../preload/bridge';
import type {
  AccountView,
  ChannelInput,
  Envelope,
  EventPayload,
  ProtectionView,
  Settings,
  VaultErrorPayload,
  VaultState,
} from '../../preload/contract';

declare global {
  interface Window {
    /** Installed by the preload script; absent when the page runs outside akool-vault. */
    vault?: VaultBridge;
  }
}

export type VaultError = VaultErrorPayload;
export type Result<T> = Envelope<T>;

const bridgeMissing: { ok: false; error: VaultError } = {
  ok: false,
  error: { code: 'internal', message: 'This window is not connected to the vault.' },
};

const bridgeFailed: { ok: false; error: VaultError } = {
  ok: false,
  error: { code: 'internal', message: 'The request to the vault failed unexpectedly.' },
};

export async function send<T>(request: (bridge: VaultBridge) => Promise<Envelope<T>>): Promise<Result<T>> {
  const bridge = window.vault;
  if (bridge === undefined) return bridgeMissing;
  try {
    return await request(bridge);
  } catch {
    return bridgeFailed;
  }
}

const byId = (id: string): { id: string } => ({ id });

export const getState = (): Promise<Result<VaultState>> => send((vault) => vault.getState({}));

/** The state the preload fetched while the page loaded, if it is already here: the first render then shows it. */
export function takeEarlyState(): VaultState | null {
  try {
    return window.vault?.takeEarlyState() ?? null;
  } catch {
    return null;
  }
}

export const addAccount = (input: ChannelInput<'addAccount'>): Promise<Result<AccountView>> =>
  send((vault) => vault.addAccount(input));

export const checkAccount = (id: string): Promise<Result<AccountView>> => send((vault) => vault.checkAccount(byId(id)));

export const renewToken = (id: string): Promise<Result<AccountView>> => send((vault) => vault.renewToken(byId(id)));

export const renameAccount = (id: string, label: string): Promise<Result<AccountView>> =>
  send((vault) => vault.renameAccount({ id, label }));

/** `baseUrl` moves the account there (checked with the new secret first); absent, the account's own is used. */
export const replaceSecret = (id: string, clientSecret: string, baseUrl?: string): Promise<Result<AccountView>> =>
  send((vault) => vault.replaceSecret({ id, clientSecret, ...(baseUrl === undefined ? {} : { baseUrl }) }));

export const removeAccount = (id: string): Promise<Result<{ id: string; undoUntil: string }>> =>
  send((vault) => vault.removeAccount(byId(id)));

export type CopyFormat = NonNullable<ChannelInput<'copyToken'>['format']>;

/** `header` copies `Bearer <token>`; resolves with when the clipboard clears (null: never) and whether history was asked to skip it. */
export const copyToken = (
  id: string,
  format: CopyFormat = 'token',
): Promise<Result<{ clearsAt: string | null; concealed: boolean }>> =>
  send((vault) => vault.copyToken({ id, format }));

export const clearClipboard = (): Promise<Result<{ cleared: boolean }>> => send((vault) => vault.clearClipboard({}));

/** Checks every account, or only `ids` (those the list shows). */
export const checkAll = (ids?: readonly string[]): Promise<Result<{ checked: number }>> =>
  send((vault) => vault.checkAll(ids === undefined ? {} : { ids: [...ids] }));

/** Brings back an account removed moments ago (its removal is still inside the undo window). */
export const undoRemove = (id: string): Promise<Result<AccountView>> => send((vault) => vault.undoRemove(byId(id)));

export const dismissBanAlert = (id: string): Promise<Result<AccountView>> =>
  send((vault) => vault.dismissBanAlert(byId(id)));

export const updateSettings = (change: ChannelInput<'updateSettings'>): Promise<Result<Settings>> =>
  send((vault) => vault.updateSettings(change));

/** An account's own low-credit threshold: a number, null (off for it) or 'default' (the global setting). */
export const setLowCreditThreshold = (id: string, threshold: number | null | 'default'): Promise<Result<AccountView>> =>
  send((vault) => vault.setLowCreditThreshold({ id, threshold }));

export const setWeakProtectionOptIn = (optIn: boolean): Promise<Result<ProtectionView>> =>
  send((vault) => vault.setWeakProtectionOptIn({ optIn }));

/** "Accept this vault file", once the person confirmed it: the file on disk becomes the current one. */
export const acceptVaultFile = (): Promise<Result<VaultState>> => send((vault) => vault.acceptVaultFile({ confirmed: true }));

const noop = (): void => undefined;

export function onAccountsChanged(listener: (state: EventPayload<'accountsChanged'>) => void): () => void {
  return window.vault?.onAccountsChanged(listener) ?? noop;
}

export function onClipboardCleared(listener: (event: EventPayload<'clipboardCleared'>) => void): () => void {
  return window.vault?.onClipboardCleared(listener) ?? noop;
}

export function onFocusAccount(listener: (event: EventPayload<'focusAccount'>) => void): () => void {
  return window.vault?.onFocusAccount(listener) ?? noop;
}
