// The inline panel the detail pane opens to edit one field: a label, the field, Save and Cancel; Escape cancels. Must not import the vault API.
import type { ReactNode } from 'react';

type Props = {
  /** The id of the field in `children`, which the label names. */
  inputId: string;
  label: string;
  saveText: string;
  pending: boolean;
  autoComplete?: 'off';
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
};

export function InlineEditForm({ inputId, label, saveText, pending, autoComplete, onSubmit, onCancel, children }: Props) {
  return (
    <form
      className="panel"
      autoComplete={autoComplete}
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here: the detail pane around it must not also take Esc as "back to the list".
        event.preventDefault();
        onCancel();
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      {children}
      <div className="panel-buttons">
        <button type="submit" aria-disabled={pending || undefined}>
          {saveText}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
