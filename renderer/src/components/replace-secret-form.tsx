// Inline form for a new client secret: an uncontrolled password field read once on submit and emptied at once. Must not import the vault API or any storage.
import { useId, useRef } from 'react';
import { takeSecret } from '../take-secret';

type Props = { pending: boolean; onSave(clientSecret: string): Promise<void>; onCancel(): void };

export function ReplaceSecretForm({ pending, onSave, onCancel }: Props) {
  const secretRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <form
      className="panel"
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(takeSecret(secretRef.current));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={inputId}>New secret</label>
      <input
        id={inputId}
        ref={secretRef}
        type="password"
        required
        maxLength={1024}
        autoComplete="new-password"
        spellCheck={false}
        autoFocus
      />
      <div className="panel-buttons">
        <button type="submit" disabled={pending}>
          Save secret
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
