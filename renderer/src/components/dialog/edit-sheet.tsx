// The modal sheet the ⋯ menu opens to edit one thing of an account (rename, replace the secret): a labelled field, its error beside it, Save and Cancel in a footer that stays in view; Esc cancels. Must not import the vault API.
import { useId, type ReactNode, type RefObject } from 'react';
import { ModalDialog } from './modal-dialog';

type Props = {
  title: string;
  /** The id of the field in `children`, which the label names. */
  inputId: string;
  label: string;
  saveText: string;
  pending: boolean;
  autoComplete?: 'off';
  /** The field that gets focus when the sheet opens. */
  initialFocus: RefObject<HTMLElement | null>;
  onSubmit(): void;
  onCancel(): void;
  testId?: string;
  children: ReactNode;
};

export function EditSheet({ title, inputId, label, saveText, pending, autoComplete, initialFocus, onSubmit, onCancel, testId, children }: Props) {
  const formId = useId();
  return (
    <ModalDialog
      title={title}
      variant="sheet"
      onClose={onCancel}
      initialFocus={initialFocus}
      testId={testId}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form={formId} className="primary" aria-disabled={pending || undefined}>
            {saveText}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="edit-sheet"
        autoComplete={autoComplete}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) onSubmit();
        }}
      >
        <label htmlFor={inputId}>{label}</label>
        {children}
      </form>
    </ModalDialog>
  );
}
