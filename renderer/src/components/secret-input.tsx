// The client secret or API key field: an uncontrolled password input (the secret never enters React state; read it with takeSecret or readSecret), with a Show toggle for what the user typed. Must not import the vault API or any storage.
import { useState, type Ref } from 'react';
import '../styles/secret-field.css';

type Props = { id: string; ref: Ref<HTMLInputElement>; autoFocus?: boolean; describedBy?: string; invalid?: boolean };

/**
 * "Show" only changes how the field draws what the user typed or pasted into it here: nothing from the vault is ever
 * put back into it. Shown, it stays out of autofill and spelling (autoComplete off, spellCheck false).
 */
export function SecretInput({ id, ref, autoFocus, describedBy, invalid }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div className="secret-field">
      <input
        id={id}
        ref={ref}
        type={shown ? 'text' : 'password'}
        required
        maxLength={1024}
        autoComplete={shown ? 'off' : 'new-password'}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus={autoFocus}
        aria-describedby={describedBy}
        aria-invalid={invalid}
      />
      <button type="button" className="secret-toggle" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        Show
      </button>
    </div>
  );
}
