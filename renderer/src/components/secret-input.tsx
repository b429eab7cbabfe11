// The client secret field: an uncontrolled password input, so the secret never enters React state; read it once with takeSecret. Must not import the vault API or any storage.
import type { Ref } from 'react';

type Props = { id: string; ref: Ref<HTMLInputElement>; autoFocus?: boolean };

export function SecretInput({ id, ref, autoFocus }: Props) {
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
    />
  );
}
