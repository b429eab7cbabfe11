// A low-credit threshold field: a number, or empty for off; saved on submit, with an inline error in words. Must not import the vault API.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { parseThreshold } from '../../credit-text';

type Props = {
  label: string;
  current: number | null;
  pending: boolean;
  /** Resolves true once saved. */
  onSave(threshold: number | null): Promise<boolean>;
  hint: string;
  children?: ReactNode;
};

export function ThresholdForm({ label, current, pending, onSave, hint, children }: Props) {
  const [text, setText] = useState(current === null ? '' : String(current));
  const [error, setError] = useState<string | null>(null);
  const ids = { input: useId(), hint: useId(), error: useId() };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const threshold = parseThreshold(text);
    if (threshold === undefined) {
      setError('Enter a number of credits above 0, or leave it empty to turn the warning off.');
      return;
    }
    setError(null);
    if (await onSave(threshold)) setText(threshold === null ? '' : String(threshold));
  }

  return (
    <form className="field threshold-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={ids.input}>{label}</label>
      <div className="with-action">
        <input
          id={ids.input}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder="off"
          aria-invalid={error !== null}
          aria-describedby={error === null ? ids.hint : `${ids.hint} ${ids.error}`}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={pending}>
          Save
        </button>
        {children}
      </div>
      <p className="hint" id={ids.hint}>
        {hint}
      </p>
      {error !== null && (
        <p className="error" id={ids.error} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
