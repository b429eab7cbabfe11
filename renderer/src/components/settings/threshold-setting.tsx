// The global low-credit threshold in Settings: typed freely and saved on blur or Enter like every other setting (no Save button), its error at the field. Must not import the vault API.
import { useId, useState } from 'react';
import { parseThreshold } from '../../credit-text';

type Props = {
  label: string;
  current: number | null;
  /** Saves a valid value; resolves true once saved. */
  onSave(threshold: number | null): Promise<boolean>;
  /** The vault's refusal, in words, if the last save failed. */
  saveError: string | undefined;
  hint: string;
};

const invalidText = 'Enter a number of credits above 0, or leave it empty to turn the warning off.';
const textOf = (threshold: number | null): string => (threshold === null ? '' : String(threshold));

export function ThresholdSetting({ label, current, onSave, saveError, hint }: Props) {
  const [text, setText] = useState(textOf(current));
  const [invalid, setInvalid] = useState(false);
  const ids = { input: useId(), hint: useId(), error: useId() };
  const error = invalid ? invalidText : saveError;

  async function commit(): Promise<void> {
    const threshold = parseThreshold(text);
    setInvalid(threshold === undefined);
    if (threshold === undefined || threshold === current) return;
    if (await onSave(threshold)) setText((typed) => (parseThreshold(typed) === threshold ? textOf(threshold) : typed));
  }

  return (
    <div className="field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder="off"
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? ids.hint : `${ids.error} ${ids.hint}`}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void commit();
        }}
      />
      {error !== undefined && (
        <p className="error" id={ids.error} data-testid="lowCreditThreshold-error">
          {error}
        </p>
      )}
      <p className="hint" id={ids.hint}>
        {hint}
      </p>
    </div>
  );
}
