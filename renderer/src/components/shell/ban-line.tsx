// Banned accounts not yet dismissed, collapsed to one line ("2 accounts banned · Show") whose button applies the Banned filter. Must not import the vault API.
import type { AccountView } from '../../../../preload/contract';

type Props = { accounts: readonly AccountView[]; onShow(): void };

export function BanLine({ accounts, onShow }: Props) {
  const banned = accounts.filter((account) => account.status === 'banned' && !account.banDismissed);
  const only = banned.length === 1 ? banned[0] : undefined;
  return (
    <div className="line-slot" role="alert">
      {banned.length > 0 && (
        <div className="line line-danger" data-testid="ban-alert">
          <span className="dot dot-danger" aria-hidden="true" />
          <p>{only === undefined ? `${banned.length} accounts banned by Akool` : `${only.label} is banned by Akool`}</p>
          <button type="button" className="link-button" onClick={onShow}>
            Show
          </button>
        </div>
      )}
    </div>
  );
}
