// The explicit second step before removing an account: "Confirm remove" or Cancel (focused first). Must not import the vault API.
import { BusyButton } from './shell/busy-button';

type Props = { label: string; pending: boolean; onConfirm(): void; onCancel(): void };

export function RemoveConfirm({ label, pending, onConfirm, onCancel }: Props) {
  return (
    <div
      className="panel panel-danger"
      role="group"
      aria-label={`Remove ${label}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p>
        Remove <strong>{label}</strong> from akool-vault? You can undo it for 10 seconds from the message at the bottom of
        the window; then its stored secrets are deleted from this computer. The Akool account itself is not affected.
      </p>
      <div className="panel-buttons">
        <BusyButton busy={pending} className="danger" onClick={onConfirm}>
          Confirm remove
        </BusyButton>
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
