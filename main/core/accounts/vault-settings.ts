// Use cases: change the user's settings and the weak-protection opt-in, stored in the vault file; never clearing the clipboard needs a sealed confirmation. Must not import electron.
import type { ChannelInput, ProtectionView, Settings } from '../../../preload/contract';
import { withSecret } from '../vault/secret-vault';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { neverClearAccount, neverClearNeedsConfirmText, neverClearService, sealNeverClear } from './never-clear';

/**
 * Saves the changed settings. Choosing "never" for the clipboard needs `confirmNeverClear` (the Settings view asks
 * first) and stores a sealed confirmation beside it; choosing any delay removes that confirmation.
 */
export async function updateSettings(context: AccountContext, change: ChannelInput<'updateSettings'>): Promise<Settings> {
  const { confirmNeverClear, ...settings } = change;
  const delay = settings.clipboardClearSeconds;
  if (delay === 0 && confirmNeverClear !== true) throw new VaultError('invalid-input', neverClearNeedsConfirmText);
  const confirmation = delay === 0 ? await sealNeverClear(context.deps.cipher) : null;
  context.deps.documents.update((document) => {
    const next = { ...document, settings: { ...document.settings, ...settings } };
    return delay === undefined ? next : withSecret(next, neverClearService, neverClearAccount, confirmation);
  });
  if (delay !== undefined) context.deps.clearing.neverConfirmed = delay === 0;
  context.changed();
  return context.settings();
}
export function setWeakProtectionOptIn(context: AccountContext, optIn: boolean): ProtectionView {
  context.deps.documents.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: optIn } }));
  context.changed();
  return context.protectionView();
}
