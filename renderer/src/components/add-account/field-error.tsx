// One sheet error (add account, rename, replace secret) in plain words, with the code and the vault's message behind a "Details" disclosure. Must not import the vault API.
import type { AddError } from './add-errors';

type Props = { id: string; error: Pick<AddError, 'text' | 'details'>; alert?: boolean };

export function FieldError({ id, error, alert = false }: Props) {
  return (
    <div className="field-error" role={alert ? 'alert' : undefined} data-testid="add-error">
      <p id={id}>{error.text}</p>
      {error.details !== null && (
        <details className="error-details">
          <summary>Details</summary>
          <p className="mono">{error.details}</p>
        </details>
      )}
    </div>
  );
}
