// The red alert region listing every account Akool has banned; renders nothing when none is. Must not import the vault API.
import { useId } from 'react';
import type { AccountView } from '../../../preload/contract';

export function BanAlert({ accounts }: { accounts: readonly AccountView[] }) {
  const headingId = useId();
  const banned = accounts.filter((account) => account.status === 'banned');
  if (banned.length === 0) return null;
  return (
    <section className="ban-alert" role="alert" aria-labelledby={headingId} data-testid="ban-alert">
      <h2 id={headingId}>{banned.length === 1 ? 'An account is banned' : `${banned.length} accounts are banned`}</h2>
      <ul>
        {banned.map((account) => (
          <li key={account.id}>Account {account.label} is banned by Akool (code 1200)</li>
        ))}
      </ul>
    </section>
  );
}
