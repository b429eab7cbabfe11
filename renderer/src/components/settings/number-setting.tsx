// One number setting: typed freely, saved on blur or Enter, its range as a hint and its error in words beside it. Must not import the vault API.
import { useId, type Ref } from 'react';
import { numberSettings, type NumberSetting as Key } from '../../settings-draft';

type Props = {
  setting: Key;
  label: string;
  text: string;
  error: string | undefined;
  onChange(text: string): void;
  onCommit(): void;
  ref?: Ref<HTMLInputElement>;
};

export function NumberSetting({ setting, label, text, error, onChange, onCommit, ref }: Props) {
  const ids = { field: useId(), hint: useId(), error: useId() };
  const { bounds, unit } = numberSettings[setting];
  return (
    <div className="field">
      <label htmlFor={ids.field}>{label}</label>
      <input
        id={ids.field}
        ref={ref}
        type="text"
        inputMode="numeric"
        value={text}
        aria-describedby={error === undefined ? ids.hint : `${ids.error} ${ids.hint}`}
        aria-invalid={error !== undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onCommit}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onCommit();
        }}
      />
      {error !== undefined && (
        <p id={ids.error} className="error" data-testid={`${setting}-error`}>
          {error}
        </p>
      )}
      <p id={ids.hint} className="hint">
        From {bounds.min.toLocaleString('en')} to {bounds.max.toLocaleString('en')} {unit[1]}.
      </p>
    </div>
  );
}
