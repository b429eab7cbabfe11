// The loaded vault: toolbar and settings, alerts and banners, the clipboard line, then the account list beside the add-account form. Must not touch window.vault except through api.ts.
import { useId, useMemo, useRef, useState } from 'react';
import type { VaultState } from '../../../preload/contract';
import { useClipboardStatus } from '../use-clipboard-status';
import { useNow } from '../use-now';
import type { VaultUpdates } from '../use-vault-state';
import { AccountList } from './account-list';
import { AddAccountForm } from './add-account-form';
import { BanAlert } from './ban-alert';
import { CheckAllButton } from './check-all-button';
import { ClipboardBar } from './clipboard-bar';
import { NoticeBanner } from './notice-banner';
import { ProtectionBanner } from './protection-banner';
import { SettingsPanel } from './settings-panel';

type Props = { state: VaultState; updates: VaultUpdates };

export function VaultScreen({ state, updates }: Props) {
  const now = useNow();
  const { clipboard, markCopied, markEnded } = useClipboardStatus();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsToggle = useRef<HTMLButtonElement>(null);
  const accountsHeading = useId();
  const addHeading = useId();
  const handlers = useMemo(
    () => ({ onChanged: updates.putAccount, onRemoved: updates.dropAccount, onCopied: markCopied }),
    [updates, markCopied],
  );
  const copiedLabel = state.accounts.find((account) => account.id === clipboard?.accountId)?.label ?? null;

  const closeSettings = (): void => {
    setSettingsOpen(false);
    settingsToggle.current?.focus();
  };

  return (
    <>
      <div className="toolbar">
        <button
          type="button"
          ref={settingsToggle}
          aria-expanded={settingsOpen}
          onClick={() => setSettingsOpen((open) => !open)}
        >
          Settings
        </button>
      </div>
      {settingsOpen && <SettingsPanel settings={state.settings} onSaved={updates.putSettings} onClose={closeSettings} />}
      <BanAlert accounts={state.accounts} onDismissed={updates.putAccount} />
      <ProtectionBanner protection={state.protection} onChanged={updates.putProtection} />
      <NoticeBanner notice={state.notice} />
      <ClipboardBar clipboard={clipboard} label={copiedLabel} onEnded={markEnded} />
      <div className="layout">
        <section className="accounts" aria-labelledby={accountsHeading}>
          <div className="section-header">
            <h2 id={accountsHeading}>Accounts</h2>
            <CheckAllButton disabled={state.accounts.length === 0} />
          </div>
          <AccountList accounts={state.accounts} now={now} clipboard={clipboard} handlers={handlers} />
        </section>
        <section className="add-account" aria-labelledby={addHeading}>
          <h2 id={addHeading}>Add an account</h2>
          <AddAccountForm canStoreSecrets={state.protection.canStoreSecrets} onAdded={updates.putAccount} />
        </section>
      </div>
    </>
  );
}
