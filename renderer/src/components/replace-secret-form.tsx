// Inline form for a new client secret: an uncontrolled password field read once on submit and emptied at once. Must not import the vault API or any storage.
import { useId, useRef } from 'react';
import { takeSecret } from '../take-secret';
import { InlineEditForm } from './inline-edit-form';
import { SecretInput } from './secret-input';

type Props = { pending: boolean; onSave(clientSecret: string): Promise<void>; onCancel(): void };

export function ReplaceSecretForm({ pending, onSave, onCancel }: Props) {
  const secretRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <InlineEditForm
      inputId={inputId}
      label="New secret"
      saveText="Save secret"
      pending={pending}
      autoComplete="off"
      onSubmit={() => void onSave(takeSecret(secretRef.current))}
      onCancel={onCancel}
    >
      <SecretInput id={inputId} ref={secretRef} autoFocus />
    </InlineEditForm>
  );
}
