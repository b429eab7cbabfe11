// The Replace secret sheet: an uncontrolled password field kept until the replacement succeeds (so an error never costs the typed secret), the base URL to send it to under Advanced, each error beside its field. Must not import the vault API or any storage.
import { useEffect, useId, useRef, useState } from 'react';
import { clearSecret, readSecret } from '../take-secret';
import { EditSheet } from './dialog/edit-sheet';
import { FieldError } from './add-account/field-error';
import type { EditError } from './detail/edit-errors';
import { SecretInput } from './secret-input';
import { BaseUrlInput } from './base-url-input';

type Props = {
  /** The account's base URL as stored, which the field starts with. */
  currentBaseUrl: string;
  /** The account was changed outside akool-vault: its stored base URL may not be the user's, so the field shows at once. */
  changedOutside: boolean;
  pending: boolean;
  /** The last refusal, shown beside the field it concerns; the typed secret stays in its field. */
  error?: EditError | null;
  /**
   * `baseUrl` is undefined when the field still holds the current base URL of an account not changed outside.
   * Resolves true once replaced (the field is emptied then), false when refused (the secret stays for a retry).
   */
  onSave(clientSecret: string, baseUrl: string | undefined): Promise<boolean>;
  onCancel(): void;
  /** What is replaced: an API-key account's key, or a client-credentials account's secret. */
  what?: 'secret' | 'API key';
};

export const changedOutsideText =
  'This account was changed outside akool-vault: check this address before you send the secret to it.';

export function ReplaceSecretForm({ currentBaseUrl, changedOutside, pending, error = null, onSave, onCancel, what = 'secret' }: Props) {
  const secretRef = useRef<HTMLInputElement>(null);
  const baseUrlRef = useRef<HTMLInputElement>(null);
  const ids = { secret: useId(), baseUrl: useId(), hint: useId(), error: useId() };
  const [baseUrl, setBaseUrl] = useState(currentBaseUrl);
  const [advancedOpen, setAdvancedOpen] = useState(changedOutside);

  // A refusal at the base URL opens Advanced; focus goes to the field the sentence describes.
  useEffect(() => {
    if (error === null || error.place === 'form') return;
    if (error.place === 'baseUrl') {
      setAdvancedOpen(true);
      requestAnimationFrame(() => baseUrlRef.current?.focus());
    } else secretRef.current?.focus();
  }, [error]);

  async function submit(): Promise<void> {
    const base = baseUrl.trim();
    // A changed account always names its address: main refuses to fall back on the stored one.
    const chosen = changedOutside || base !== currentBaseUrl ? base : undefined;
    if (await onSave(readSecret(secretRef.current), chosen)) clearSecret(secretRef.current);
  }

  const errorFor = (place: EditError['place']) => ({
    invalid: error?.place === place,
    describedBy: error?.place === place ? ids.error : undefined,
    shown: error?.place === place ? <FieldError id={ids.error} error={error} alert={place === 'form'} /> : null,
  });
  const secretError = errorFor('secret');
  const baseUrlError = errorFor('baseUrl');

  return (
    <EditSheet
      title={`Replace the ${what}`}
      inputId={ids.secret}
      label={`New ${what}`}
      saveText={`Save ${what}`}
      pending={pending}
      autoComplete="off"
      initialFocus={secretRef}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="replace-secret-sheet"
    >
      <SecretInput id={ids.secret} ref={secretRef} describedBy={secretError.describedBy} invalid={secretError.invalid} />
      {secretError.shown}
      <details className="panel-advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>Advanced</summary>
        <div className="field">
          <label htmlFor={ids.baseUrl}>Base URL</label>
          <BaseUrlInput
            id={ids.baseUrl}
            inputRef={baseUrlRef}
            value={baseUrl}
            onChange={setBaseUrl}
            aria-describedby={baseUrlError.describedBy === undefined ? ids.hint : `${ids.hint} ${baseUrlError.describedBy}`}
            aria-invalid={baseUrlError.invalid}
          />
          <p id={ids.hint} className={changedOutside ? 'panel-warning' : 'hint'}>
            {changedOutside
              ? changedOutsideText
              : 'The secret is checked with Akool at this address, and the account moves there if that works.'}
          </p>
          {baseUrlError.shown}
        </div>
      </details>
      {errorFor('form').shown}
    </EditSheet>
  );
}
