// A button that stays focusable while its request runs: aria-disabled instead of disabled, and clicks ignored until done. Must not import the vault API.
import type { ButtonHTMLAttributes, Ref } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'type'> & {
  busy: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function BusyButton({ busy, onClick, ref, ...rest }: Props) {
  return (
    <button
      {...rest}
      ref={ref}
      type="button"
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        if (!busy) onClick?.(event);
      }}
    />
  );
}
