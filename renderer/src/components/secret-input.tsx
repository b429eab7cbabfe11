// The client secret field: an uncontrolled password input, so the secret never enters React state; read it with takeSecret or readSecret. Must not import the vault API or any storage.
import type { Ref } from 'react';

type Props = { id: string; ref: Ref<HTMLInputElement>; autoFocus?: boolean; describedBy?: string; invalid?: boolean };

export function SecretInput({ id, ref, autoFocus, describedBy, invalid }: Props) {
  return (
    <input
      id={id}
      ref={ref}
      type="password"
      required
      maxLength={1024}
      autoComplete="new-password"
      spellCheck={false}
      autoFocus={autoFocus}
      aria-describedby={describedBy}
      aria-invalid={invalid}
    />
  );
}
