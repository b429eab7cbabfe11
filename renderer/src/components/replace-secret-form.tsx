// Inline form for a new client secret: an uncontrolled password field read once on submit and emptied at once, and the base URL to send it to under Advanced. Must not import the vault API or any storage.
import { useId, useRef, useState } from 'react';
import { takeSecret } from '../take-secret';
import { InlineEditForm } from './inline-edit-form';
import { SecretInput } from './secret-input';
import { BaseUrlInput } from './base-url-input';

type Props = {
  /** Where the field starts (the view's replaceBaseUrl): the account's base URL, or Akool's own once it was changed outside. */
  currentBaseUrl: string;
  /** The account was changed outside akool-vault: its stored base URL may not be the user's, so the field shows at once and is always sent. */
  changedOutside: boolean;
  pending: boolean;
  /** `baseUrl` is undefined when the field still holds the current base URL of an account not changed outside. */
  onSave(clientSecret: string, baseUrl: string | undefined): Promise<void>;
  onCancel(): void;
  /** What is replaced: an API-key account's key, or a client-credentials account's secret. */
  what?: 'secret' | 'API key';
};

export const changedOutsideText =
  'This account was changed outside akool-vault, so the address in its file is not used: the secret goes to this address. Check it before you save.';

export function ReplaceSecretForm({ currentBaseUrl, changedOutside, pending, onSave, onCancel, what = 'secret' }: Props) {
  const secretRef = useRef<HTMLInputElement>(null);
  const ids = { secret: useId(), baseUrl: useId(), hint: useId() };
  const [baseUrl, setBaseUrl] = useState(currentBaseUrl);
  const [advancedOpen, setAdvancedOpen] = useState(changedOutside);
  // A save can find the account changed while the form is open: from then on the field shows, from the address main offers.
  const [shownChanged, setShownChanged] = useState(changedOutside);
  if (shownChanged !== changedOutside) {
    setShownChanged(changedOutside);
    if (changedOutside) {
      setBaseUrl(currentBaseUrl);
      setAdvancedOpen(true);
    }
  }

  function submit(): void {
    const base = baseUrl.trim();
    // A changed account always names its address: main refuses to fall back on the stored one.
    const chosen = changedOutside || base !== currentBaseUrl ? base : undefined;
    void onSave(takeSecret(secretRef.current), chosen);
  }

  return (
    <InlineEditForm
      inputId={ids.secret}
      label={`New ${what}`}
      saveText={`Save ${what}`}
      pending={pending}
      autoComplete="off"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SecretInput id={ids.secret} ref={secretRef} autoFocus />
      <details className="panel-advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>Advanced</summary>
        <div className="field">
          <label htmlFor={ids.baseUrl}>Base URL</label>
          <BaseUrlInput id={ids.baseUrl} value={baseUrl} onChange={setBaseUrl} aria-describedby={ids.hint} />
          <p id={ids.hint} className={changedOutside ? 'panel-warning' : 'hint'}>
            {changedOutside
              ? changedOutsideText
              : 'The secret is checked with Akool at this address, and the account moves there if that works.'}
          </p>
        </div>
      </details>
    </InlineEditForm>
  );
}
