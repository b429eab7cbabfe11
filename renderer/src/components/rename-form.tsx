// Inline form to give an account a new label; Escape or Cancel closes it. Must not import the vault API.
import { useId, useState } from 'react';

type Props = { currentLabel: string; pending: boolean; onSave(label: string): Promise<void>; onCancel(): void };

export function RenameForm({ currentLabel, pending, onSave, onCancel }: Props) {
  const [label, setLabel] = useState(currentLabel);
  const inputId = useId();
  return (
    <form
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(label);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={inputId}>New name</label>
      <input
        id={inputId}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        required
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <div className="panel-buttons">
        <button type="submit" disabled={pending}>
          Save name
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
