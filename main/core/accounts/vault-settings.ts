// Use cases: change the user's settings and the weak-protection opt-in, stored in the vault file. Must not import electron.
import type { ProtectionView, Settings } from '../../../preload/contract';
import type { AccountContext } from './account-context';

export function updateSettings(context: AccountContext, change: Partial<Settings>): Settings {
  context.deps.documents.update((document) => ({ ...document, settings: { ...document.settings, ...change } }));
  context.changed();
  return context.settings();
}

export function setWeakProtectionOptIn(context: AccountContext, optIn: boolean): ProtectionView {
  context.deps.documents.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: optIn } }));
  context.changed();
  return context.protectionView();
}
