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

function Modal({ overlay, state, updates, onAdded, onClose }: Shared & { overlay: Overlay | null; onAdded(account: AccountView): void }) {
  if (overlay === 'help') return <HelpOverlay onClose={onClose} />;
  if (overlay !== 'add') return null;
  return (
    <AddAccountSheet
      protection={state.protection}
      onProtectionChanged={updates.putProtection}
      onAdded={onAdded}
      onClose={onClose}
    />
  );
}

export const Overlays = { Settings, Modal, FirstRun };
