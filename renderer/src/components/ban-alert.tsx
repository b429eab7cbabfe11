// The red alert region listing every banned account not yet dismissed, each with its own Dismiss button. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { AccountView } from '../../../preload/contract';
import { dismissBanAlert } from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';

type Props = { accounts: readonly AccountView[]; onDismissed(account: AccountView): void };

export function BanAlert({ accounts, onDismissed }: Props) {
  const headingId = useId();
  const { isPending, error, run } = useRequests<string>();
  const banned = accounts.filter((account) => account.status === 'banned' && !account.banDismissed);
  if (banned.length === 0) return null;

  async function dismiss(id: string): Promise<void> {
    const result = await run(id, () => dismissBanAlert(id));
    if (result.ok) onDismissed(result.data);
  }

  return (
    <section className="ban-alert" role="alert" aria-labelledby={headingId} data-testid="ban-alert">
      <h2 id={headingId}>{banned.length === 1 ? 'An account is banned' : `${banned.length} accounts are banned`}</h2>
      <ul>
        {banned.map((account) => (
          <li key={account.id}>
            <span>Account {account.label} is banned by Akool (code 1200)</span>
            <button
              type="button"
              aria-label={`Dismiss the alert for ${account.label}`}
              disabled={isPending(account.id)}
              onClick={() => void dismiss(account.id)}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      {error !== null && <p className="error">{describeError(error)}</p>}
    </section>
  );
}
