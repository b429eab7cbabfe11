// The views that replace or cover the window: settings, the add-account sheet, the shortcut help, and the first-run state. Must not touch window.vault except through api.ts.
import type { AccountView, VaultState } from '../../../preload/contract';
import type { VaultUpdates } from '../use-vault-state';
import { AddAccountSheet } from './add-account/add-account-sheet';
import { FirstRun } from './empty/first-run';
import { HelpOverlay } from './help/help-overlay';
import { SettingsView } from './settings/settings-view';

export type Overlay = 'add' | 'settings' | 'help';

type Shared = { state: VaultState; updates: VaultUpdates; onClose(): void };

function Settings({ state, updates, onClose }: Shared) {
  return (
    <SettingsView
      settings={state.settings}
      protection={state.protection}
      onSaved={updates.putSettings}
      onProtectionChanged={updates.putProtection}
      onClose={onClose}
    />
  );
}

type ModalProps = Shared & { overlay: Overlay | null; onAdded(account: AccountView): void; onOpenAccount(id: string): void };

function Modal({ overlay, state, updates, onAdded, onOpenAccount, onClose }: ModalProps) {
  if (overlay === 'help') return <HelpOverlay onClose={onClose} />;
  if (overlay !== 'add') return null;
  return (
    <AddAccountSheet
      accounts={state.accounts}
      protection={state.protection}
      onProtectionChanged={updates.putProtection}
      onAdded={onAdded}
      onOpenExisting={onOpenAccount}
      onClose={onClose}
    />
  );
}

export const Overlays = { Settings, Modal, FirstRun };
