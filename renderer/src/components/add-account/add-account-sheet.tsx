// The add-account sheet: API key (default) or client ID + secret, where Akool's credentials come from, label (optional), base URL under Advanced; errors at their field; the secret stays in its field until the add succeeds. Must not touch window.vault except through api.ts, nor keep the secret or key anywhere but its field.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { AccountKind, AccountView, ProtectionView } from '../../../../preload/contract';
import { addAccount } from '../../api';
import { clearSecret, readSecret } from '../../take-secret';
import { ModalDialog } from '../dialog/modal-dialog';
import { SecretInput } from '../secret-input';
import { checkDraft, describeAddErrorFor, type AddError, type AddField } from './add-errors';
import { findExistingAccount, isAlreadyStored } from './existing-account';
import { KindChoice } from './kind-choice';
import { CredentialsHelp } from './credentials-help';
import { FieldError } from './field-error';
import { WeakProtectionOptIn } from './weak-protection-opt-in';
import { SaveUnchecked } from './save-unchecked';
import '../../styles/add-account-sheet.css';
import { BaseUrlInput } from '../base-url-input';

type Props = {
  /** The accounts already stored, so "already in the vault" can offer to open the one it means. */
  accounts: readonly AccountView[];
  protection: ProtectionView;
  onProtectionChanged(protection: ProtectionView): void;
  onAdded(account: AccountView): void;
  /** Shows an account already stored (the one an "already in the vault" error means), closing the sheet. */
  onOpenExisting(id: string): void;
  onClose(): void;
};

export function AddAccountSheet({ accounts, protection, onProtectionChanged, onAdded, onOpenExisting, onClose }: Props) {
  const [kind, setKind] = useState<AccountKind>('api-key');
  const [label, setLabel] = useState('');
  const [clientId, setClientId] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [error, setError] = useState<AddError | null>(null);
  const [pending, setPending] = useState(false);
  /** The stored account an "already in the vault" refusal means, offered to open. */
  const [existing, setExisting] = useState<AccountView | null>(null);
  /** The last add could not reach Akool: "Save without checking" is offered. */
  const [offline, setOffline] = useState(false);
  const fields = {
    label: useRef<HTMLInputElement>(null),
    clientId: useRef<HTMLInputElement>(null),
    clientSecret: useRef<HTMLInputElement>(null),
    baseUrl: useRef<HTMLInputElement>(null),
  };
  const ids = { label: useId(), labelHint: useId(), clientId: useId(), secret: useId(), baseUrl: useId(), error: useId() };

  /** aria-describedby and aria-invalid for one field: its hint, and the error sentence when the error concerns it. */
  const described = (field: AddField, hint?: string) => {
    const concerned = error !== null && error.fields.includes(field);
    const parts = [hint, concerned ? ids.error : undefined].filter((part) => part !== undefined);
    return { 'aria-describedby': parts.length > 0 ? parts.join(' ') : undefined, 'aria-invalid': concerned };
  };
  const errorAt = (place: AddField): ReactNode =>
    error?.place === place ? (
      <>
        <FieldError id={ids.error} error={error} />
        {existing !== null && (
          <button type="button" className="open-existing" onClick={() => onOpenExisting(existing.id)}>
            Open “{existing.label}”
          </button>
        )}
      </>
    ) : null;

  function show(found: AddError): void {
    setError(found);
    if (found.place === 'baseUrl') setAdvancedOpen(true);
  }

  // A field error moves focus to its field (which announces the sentence through aria-describedby), once Advanced
  // is open; an error for the whole form is an alert, and focus stays on the button.
  useEffect(() => {
    if (error === null || error.place === 'form') return;
    fields[error.place].current?.focus();
  }, [error]); // The refs are stable: only a new error moves focus.

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void send(false);
  }

  /** `skipCheck`: "Save without checking", offered after Akool could not be reached. */
  async function send(skipCheck: boolean): Promise<void> {
    if (pending) return;
    const clientSecret = readSecret(fields.clientSecret.current);
    const invalid = checkDraft({ kind, clientId, clientSecret });
    if (invalid !== null) return show(invalid);
    const name = label.trim();
    const base = baseUrl.trim();
    const optional = {
      ...(name === '' ? {} : { label: name }),
      ...(base === '' ? {} : { baseUrl: base }),
      ...(skipCheck ? { skipCheck } : {}),
    };
    setError(null);
    setExisting(null);
    setPending(true);
    const result = await addAccount(
      kind === 'api-key' ? { kind, apiKey: clientSecret, ...optional } : { kind, clientId, clientSecret, ...optional },
    );
    setPending(false);
    setOffline(!result.ok && result.error.code === 'unreachable');
    if (!result.ok) {
      show(describeAddErrorFor(kind, result.error));
      if (isAlreadyStored(result.error)) setExisting(await findExistingAccount(accounts, { kind, clientId, secret: clientSecret, baseUrl }));
      return;
    }
    clearSecret(fields.clientSecret.current);
    // The answer arrives outside any event: commit what the window does with it at once (flushSync), so focus it
    // moves afterwards lands on a DOM that already shows the new account.
    flushSync(() => onAdded(result.data));
  }

  const formId = useId();
  const keyField = kind === 'api-key' ? fields.clientSecret : fields.clientId;

  return (
    <ModalDialog
      title="Add an Akool account"
      variant="sheet"
      onClose={onClose}
      initialFocus={keyField}
      testId="add-sheet"
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="primary" aria-disabled={pending}>
            {pending ? 'Checking with Akool…' : 'Add account'}
          </button>
        </>
      }
    >
      <form id={formId} className="add-sheet" autoComplete="off" noValidate onSubmit={submit}>
        <CredentialsHelp kind={kind} />
        <WeakProtectionOptIn protection={protection} onChanged={onProtectionChanged} />
        <KindChoice
          kind={kind}
          onChange={(chosen) => {
            setKind(chosen);
            setError(null);
            setExisting(null);
          }}
        />
        {kind === 'client-credentials' && (
          <div className="field">
            <label htmlFor={ids.clientId}>Client ID</label>
            <input
              id={ids.clientId}
              ref={fields.clientId}
              value={clientId}
              onChange={(event) => setClientId(event.target.value)}
              maxLength={256}
              autoComplete="off"
              spellCheck={false}
              {...described('clientId')}
            />
            {errorAt('clientId')}
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.secret}>{kind === 'api-key' ? 'API key' : 'Client secret'}</label>
          <SecretInput
            id={ids.secret}
            ref={fields.clientSecret}
            describedBy={described('clientSecret')['aria-describedby']}
            invalid={described('clientSecret')['aria-invalid']}
          />
          {errorAt('clientSecret')}
        </div>
        <div className="field">
          <label htmlFor={ids.label}>Label</label>
          <input
            id={ids.label}
            ref={fields.label}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            maxLength={100}
            autoComplete="off"
            {...described('label', ids.labelHint)}
          />
          <p id={ids.labelHint} className="hint">
            {kind === 'api-key'
              ? 'Optional. Left empty, the account is named “API key 1” (or the next free number).'
              : 'Optional. Left empty, the account is named after the email Akool puts in its token.'}
          </p>
          {errorAt('label')}
        </div>
        <details
          className="add-advanced"
          open={advancedOpen}
          onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
        >
          <summary>Advanced</summary>
          <div className="field">
            <label htmlFor={ids.baseUrl}>Base URL</label>
            <BaseUrlInput id={ids.baseUrl} inputRef={fields.baseUrl} value={baseUrl} onChange={setBaseUrl} {...described('baseUrl')} />
            {errorAt('baseUrl')}
          </div>
        </details>
        {error?.place === 'form' && <FieldError id={ids.error} error={error} alert />}
        {offline && error !== null && (
          <SaveUnchecked kind={kind} pending={pending} onSave={() => void send(true)} />
        )}
        <p className="live" role="status">
          {pending ? (kind === 'api-key' ? 'Checking the API key with Akool…' : 'Checking the client ID and secret with Akool…') : null}
        </p>
      </form>
    </ModalDialog>
  );
}
