// The add-account form; the client secret is an uncontrolled field read once on submit and emptied at once. Must not touch window.vault except through api.ts, nor any storage.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { AccountView } from '../../../preload/contract';
import { addAccount } from '../api';
import { describeError } from '../error-text';
import { takeSecret } from '../take-secret';
import { useRequests } from '../use-requests';
import { SecretInput } from './secret-input';

type Props = { canStoreSecrets: boolean; onAdded(account: AccountView): void };

export function AddAccountForm({ canStoreSecrets, onAdded }: Props) {
  const [label, setLabel] = useState('');
  const [clientId, setClientId] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const { isPending, error, run } = useRequests<'add'>();
  const ids = { label: useId(), clientId: useId(), secret: useId(), baseUrl: useId() };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const clientSecret = takeSecret(secretRef.current);
    const base = baseUrl.trim();
    setAdded(null);
    const result = await run('add', () =>
      addAccount({ label, clientId, clientSecret, ...(base === '' ? {} : { baseUrl: base }) }),
    );
    if (!result.ok) return;
    setLabel('');
    setClientId('');
    setBaseUrl('');
    setAdded(`Added ${result.data.label}.`);
    onAdded(result.data);
  }

  return (
    <form className="add-form" autoComplete="off" onSubmit={(event) => void submit(event)}>
      {!canStoreSecrets && <p className="hint">Adding an account needs a place to keep its secret safely; see the warning above.</p>}
      <div className="field">
        <label htmlFor={ids.label}>Label</label>
        <input
          id={ids.label}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          required
          maxLength={100}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={ids.clientId}>Client ID</label>
        <input
          id={ids.clientId}
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          required
          maxLength={256}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.secret}>Client secret</label>
        <SecretInput id={ids.secret} ref={secretRef} />
      </div>
      <div className="field">
        <label htmlFor={ids.baseUrl}>Base URL (optional)</label>
        <input
          id={ids.baseUrl}
          type="url"
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
          placeholder="https://openapi.akool.com"
          maxLength={2048}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {error !== null && (
        <p role="alert" className="error" data-testid="form-error">
          {describeError(error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={isPending('add')}>
        Add account
      </button>
      <p className="live" aria-live="polite">
        {added}
      </p>
    </form>
  );
}
