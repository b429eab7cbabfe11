// The explicit second step before removing an account, as a modal dialog: "Confirm remove" or Cancel (focused first), and why a remove failed. Must not import the vault API.
import { useRef } from 'react';
import { ModalDialog } from './dialog/modal-dialog';
import { BusyButton } from './shell/busy-button';

type Props = { label: string; pending: boolean; error: string | null; onConfirm(): void; onCancel(): void };

export function RemoveConfirm({ label, pending, error, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={`Remove ${label}?`}
      variant="panel"
      onClose={onCancel}
      initialFocus={cancel}
      testId="remove-sheet"
      footer={
        <>
          <button type="button" ref={cancel} onClick={onCancel}>
            Cancel
          </button>
          <BusyButton busy={pending} className="danger" onClick={onConfirm}>
            Confirm remove
          </BusyButton>
        </>
      }
    >
      <p>
        Remove <strong>{label}</strong> from akool-vault? You can undo it for 10 seconds from the message at the bottom of
        the window; then its stored secrets are deleted from this computer. The Akool account itself is not affected.
      </p>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
