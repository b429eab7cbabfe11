// Shown when the first getState fails: the error as text and a retry button. Must not import the vault API.
import type { VaultError } from '../api';
import { describeError } from '../error-text';

type Props = { error: VaultError; onRetry(): void };

export function LoadFailed({ error, onRetry }: Props) {
  return (
    <div className="banner banner-danger" role="alert">
      <p>akool-vault could not load your accounts. {describeError(error)}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
