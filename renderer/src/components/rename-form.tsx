// The Rename sheet: the account's name in one field, its error beside it; Escape or Cancel closes it. Must not import the vault API.
import { useId, useRef, useState } from 'react';
import { EditSheet } from './dialog/edit-sheet';
import { FieldError } from './add-account/field-error';
import type { EditError } from './detail/edit-errors';

type Props = { currentLabel: string; pending: boolean; error: EditError | null; onSave(label: string): Promise<void>; onCancel(): void };

export function RenameForm({ currentLabel, pending, error, onSave, onCancel }: Props) {
  const [label, setLabel] = useState(currentLabel);
  const field = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), error: useId() };
  return (
    <EditSheet
      title={`Rename ${currentLabel}`}
      inputId={ids.input}
      label="New name"
      saveText="Save name"
      pending={pending}
      initialFocus={field}
      onSubmit={() => void onSave(label)}
      onCancel={onCancel}
      testId="rename-sheet"
    >
      <input
        id={ids.input}
        ref={field}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        required
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error?.place === 'label'}
        aria-describedby={error === null ? undefined : ids.error}
      />
      {error !== null && <FieldError id={ids.error} error={error} alert={error.place === 'form'} />}
    </EditSheet>
  );
}
