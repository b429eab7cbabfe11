// The base URL field shared by the add sheet and the replace-secret form: same type, limits and placeholder (Akool's default). Must not touch window.vault.
import type { Ref } from 'react';

type Props = {
  id: string;
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

export function BaseUrlInput({ id, value, onChange, inputRef, ...aria }: Props) {
  return (
    <input
      id={id}
      ref={inputRef}
      type="url"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder="https://openapi.akool.com"
      maxLength={2048}
      autoComplete="off"
      spellCheck={false}
      {...aria}
    />
  );
}
