// The list of account cards, or the empty state when there are none. Must not touch window.vault except through api.ts.
import type { AccountView } from '../../../preload/contract';
import { clipboardMessage, type ClipboardStatus } from '../use-clipboard-status';
import type { AccountHandlers } from './account-actions';
import { AccountCard } from './account-card';
import { EmptyState } from './empty-state';

type Props = {
  accounts: readonly AccountView[];
  now: number;
  clipboard: ClipboardStatus | null;
  handlers: AccountHandlers;
};

export function AccountList({ accounts, now, clipboard, handlers }: Props) {
  if (accounts.length === 0) return <EmptyState />;
  return (
    <ul className="account-list">
      {accounts.map((account) => (
        <li key={account.id}>
          <AccountCard
            account={account}
            now={now}
            clipboardText={clipboard?.accountId === account.id ? clipboardMessage(clipboard) : null}
            handlers={handlers}
          />
        </li>
      ))}
    </ul>
  );
}
