// One account as a focusable <article> named by its label: title, status, problem, details and actions. Must not touch window.vault except through api.ts.
import type { AccountView } from '../../../preload/contract';
import { accountCardId } from '../use-focus-account';
import { AccountActions, type AccountHandlers } from './account-actions';
import { AccountDetails } from './account-details';
import { StatusBadge } from './status-badge';

type Props = { account: AccountView; now: number; clipboardText: string | null; handlers: AccountHandlers };

export function AccountCard({ account, now, clipboardText, handlers }: Props) {
  return (
    <article
      id={accountCardId(account.id)}
      tabIndex={-1}
      aria-label={account.label}
      className={`card card-${account.status}`}
    >
      <header className="card-header">
        <h3 className="card-title">{account.label}</h3>
        <StatusBadge status={account.status} />
      </header>
      {account.problem !== null && <p className="problem">{account.problem}</p>}
      <AccountDetails account={account} now={now} />
      <AccountActions account={account} clipboardText={clipboardText} handlers={handlers} />
    </article>
  );
}
