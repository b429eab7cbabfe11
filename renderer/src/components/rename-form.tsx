// Inline form to give an account a new label; Escape or Cancel closes it. Must not import the vault API.
import { useId, useState } from 'react';
import { InlineEditForm } from './inline-edit-form';

type Props = { currentLabel: string; pending: boolean; onSave(label: string): Promise<void>; onCancel(): void };

export function RenameForm({ currentLabel, pending, onSave, onCancel }: Props) {
  const [label, setLabel] = useState(currentLabel);
  const inputId = useId();
  return (
    <InlineEditForm
      inputId={inputId}
      label="New name"
      saveText="Save name"
      pending={pending}
      onSubmit={() => void onSave(label)}
      onCancel={onCancel}
    >
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
    </InlineEditForm>
  );
}
