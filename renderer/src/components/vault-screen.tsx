// The loaded vault: alerts and banners on top, then the account list beside the add-account form. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { VaultState } from '../../../preload/contract';
import { useClipboardStatus } from '../use-clipboard-status';
import { useNow } from '../use-now';
import type { VaultUpdates } from '../use-vault-state';
import { AccountList } from './account-list';
import { AddAccountForm } from './add-account-form';
import { BanAlert } from './ban-alert';
import { NoticeBanner } from './notice-banner';
import { ProtectionBanner } from './protection-banner';

type Props = { state: VaultState; updates: VaultUpdates };

export function VaultScreen({ state, updates }: Props) {
  const now = useNow();
  const { clipboard, markCopied } = useClipboardStatus();
  const accountsHeading = useId();
  const addHeading = useId();
  const handlers = { onChanged: updates.putAccount, onRemoved: updates.dropAccount, onCopied: markCopied };

  return (
    <>
      <BanAlert accounts={state.accounts} />
      <ProtectionBanner protection={state.protection} onChanged={updates.putProtection} />
      <NoticeBanner notice={state.notice} />
      <div className="layout">
        <section className="accounts" aria-labelledby={accountsHeading}>
          <h2 id={accountsHeading}>Accounts</h2>
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
