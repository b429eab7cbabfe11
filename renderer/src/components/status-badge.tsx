// An account status as words in a coloured badge carrying data-status. Must not import the vault API.
import type { AccountStatus } from '../../../preload/contract';
import { statusText } from '../status-text';

export function StatusBadge({ status }: { status: AccountStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      <span className="visually-hidden">Status: </span>
      {statusText[status]}
    </span>
  );
}
