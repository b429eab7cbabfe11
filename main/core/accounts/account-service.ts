// The vault's use cases behind one interface: wires the shared context into one function per use case (accounts/*.ts). Must not import electron.
import type { AccountView, ChannelInput, CopyFormat, ProtectionView, Settings, VaultState } from '../../../preload/contract';
import type { QuotaOutcome } from '../akool/client';
import { createAccountContext, type AccountServiceDeps } from './account-context';
import { addAccount } from './add-account';
import { checkAccountNow, probeAccount } from './check-account';
import { checkAllAccounts } from './check-all';
import { clearClipboard, copyToken } from './copy-token';
import { dismissBanAlert } from './dismiss-ban';
import { setLowCreditThreshold } from './low-credit-threshold';
import { removeAccount, undoRemove } from './remove-account';
import { renameAccount } from './rename-account';
import { renewAccount, renewAccountWhen, type RenewCondition, type RenewReport } from './renew-account';
import { replaceSecret } from './replace-secret';
import { revealSecret, type RevealKind, type RevealedSecret } from './reveal-secret';
import { setWeakProtectionOptIn, updateSettings } from './vault-settings';
import { vaultState } from './vault-state';
import { vaultFingerprints, type VaultFingerprint } from './vault-fingerprints';

export interface AccountService {
  state(): VaultState;
  /** By API key (`kind: 'api-key'`) or by clientId and secret (`kind` absent or 'client-credentials'). */
  add(input: ChannelInput<'addAccount'>): Promise<AccountView>;
  check(id: string): Promise<AccountView>;
  /** Checks like `check`, sharing a run in progress, and resolves with what Akool said rather than the view. */
  probe(id: string): Promise<QuotaOutcome>;
  /** Renews the token the caller saw; skipped when another operation replaced it first, so nothing exchanges twice. */
  renew(id: string): Promise<AccountView>;
  /** Renews only if `condition` still holds when the account's turn comes; the quota is then checked with the new token. */
  renewWhen(id: string, condition: RenewCondition): Promise<RenewReport>;
  rename(id: string, label: string): Promise<AccountView>;
  /**
   * Exchanges a secret the user typed again and, only on success, stores it sealed for `baseUrl` (normalized as for add;
   * the record's when absent, which an account changed outside the app refuses). The only way to move an account.
   */
  replaceSecret(id: string, clientSecret: string, baseUrl?: string): Promise<AccountView>;
  /** Hides the account now and drops it with its secrets once the undo window ends (or on quit): see pending-removals.ts. */
  remove(id: string): Promise<{ id: string; undoUntil: string }>;
  /** Brings back an account whose removal is still pending. */
  undoRemove(id: string): Promise<AccountView>;
  /** Commits every pending removal now: on quit. */
  commitRemovals(): void;
  /**
   * Copies the token, `Bearer <token>`, the API key or `x-api-key: <key>`, once the account's queued operations are done;
   * without a format, the account kind's primary one (the token, or an API-key account's key).
   */
  copyToken(id: string, format?: CopyFormat): Promise<{ clearsAt: string | null; concealed: boolean }>;
  clearClipboard(): Promise<{ cleared: boolean }>;
  /** The key, or a token renewed first when it lapses within minutes, for the command line once the person approved. */
  reveal(id: string, kind: RevealKind): Promise<RevealedSecret>;
  /** Checks every account (or only the `ids` given), at most `checkAllConcurrency` at once. */
  checkAll(ids?: readonly string[]): Promise<{ checked: number }>;
  dismissBanAlert(id: string): Promise<AccountView>;
  /** "Never clear" (0) only with `confirmNeverClear`; see vault-settings.ts. */
  updateSettings(change: ChannelInput<'updateSettings'>): Promise<Settings>;
  setWeakProtectionOptIn(optIn: boolean): ProtectionView;
  /** The account's own low-credit threshold: a number, null (off) or 'default' (the global setting). */
  setLowCreditThreshold(id: string, threshold: number | null | 'default'): Promise<AccountView>;
  /** The fingerprint of every stored credential, for a scan's in-vault column and --fix; never a value. */
  fingerprints(): Promise<VaultFingerprint[]>;
  /** Called after every change to stored accounts or settings. */
  onChange(listener: () => void): () => void;
}

export function createAccountService(given: AccountServiceDeps): AccountService {
  const context = createAccountContext(given);
  return {
    state: () => vaultState(context),
    add: (input) => addAccount(context, input),
    check: (id) => checkAccountNow(context, id),
    probe: (id) => probeAccount(context, id),
    renew: (id) => renewAccount(context, id),
    renewWhen: (id, condition) => renewAccountWhen(context, id, condition),
    rename: (id, label) => renameAccount(context, id, label),
    replaceSecret: (id, clientSecret, baseUrl) => replaceSecret(context, id, clientSecret, baseUrl),
    remove: (id) => removeAccount(context, id),
    undoRemove: (id) => undoRemove(context, id),
    commitRemovals: () => context.removals.commitAll(),
    copyToken: (id, format) => copyToken(context, id, format),
    clearClipboard: () => clearClipboard(context),
    reveal: (id, kind) => revealSecret(context, id, kind),
    checkAll: (ids) => checkAllAccounts(context, ids),
    dismissBanAlert: (id) => dismissBanAlert(context, id),
    updateSettings: (change) => updateSettings(context, change),
    setWeakProtectionOptIn: (optIn) => setWeakProtectionOptIn(context, optIn),
    setLowCreditThreshold: (id, threshold) => setLowCreditThreshold(context, id, threshold),
    fingerprints: () => vaultFingerprints(context),
    onChange: context.onChange,
  };
}
