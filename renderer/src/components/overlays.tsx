// The views that replace or cover the window: settings, the add-account sheet, the shortcut help (each loaded on first use: the first paint needs none of them), and the first-run state. Must not touch window.vault except through api.ts.
import { lazy, Suspense } from 'react';
import type { AccountView, VaultState } from '../../../preload/contract';
import type { VaultUpdates } from '../use-vault-state';
import { FirstRun } from './empty/first-run';

const SettingsView = lazy(() => import('./settings/settings-view').then((module) => ({ default: module.SettingsView })));
const AddAccountSheet = lazy(() =>
  import('./add-account/add-account-sheet').then((module) => ({ default: module.AddAccountSheet })),
);
const HelpOverlay = lazy(() => import('./help/help-overlay').then((module) => ({ default: module.HelpOverlay })));

export type Overlay = 'add' | 'settings' | 'help';

type Shared = { state: VaultState; updates: VaultUpdates; onClose(): void };

function Settings({ state, updates, onClose }: Shared) {
  return (
    <Suspense fallback={null}>
      <SettingsView
        settings={state.settings}
        protection={state.protection}
        onSaved={updates.putSettings}
        onProtectionChanged={updates.putProtection}
        onClose={onClose}
      />
    </Suspense>
  );
}

type ModalProps = Shared & { overlay: Overlay | null; onAdded(account: AccountView): void; onOpenAccount(id: string): void };

function Modal({ overlay, state, updates, onAdded, onOpenAccount, onClose }: ModalProps) {
  if (overlay === null || overlay === 'settings') return null;
  return (
    <Suspense fallback={null}>
      {overlay === 'help' ? (
        <HelpOverlay onClose={onClose} />
      ) : (
        <AddAccountSheet
          accounts={state.accounts}
          protection={state.protection}
          onProtectionChanged={updates.putProtection}
          onAdded={onAdded}
          onOpenExisting={onOpenAccount}
          onClose={onClose}
        />
      )}
    </Suspense>
  );
}

export const Overlays = { Settings, Modal, FirstRun };
