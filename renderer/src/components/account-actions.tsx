// One account's buttons and inline panels; each request disables its own button and reports errors on the card. Must not touch window.vault except through api.ts.
import { useRef, useState } from 'react';
import type { AccountView } from '../../../preload/contract';
import {
  checkAccount,
  copyToken,
  removeAccount,
  renameAccount,
  renewToken,
  replaceSecret,
  type CopyFormat,
  type Result,
} from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';
import { RemoveConfirm } from './remove-confirm';
import { RenameForm } from './rename-form';
import { ReplaceSecretForm } from './replace-secret-form';

export type AccountHandlers = {
  onChanged(account: AccountView): void;
  onRemoved(id: string): void;
  onCopied(id: string, format: CopyFormat, clearsAt: string | null, concealed: boolean): void;
};

type Panel = 'rename' | 'replace' | 'remove';
type Action = 'check' | 'renew' | 'copy' | 'copy-header' | Panel;
type Props = { account: AccountView; clipboardText: string | null; handlers: AccountHandlers };

export function AccountActions({ account, clipboardText, handlers }: Props) {
  const { isPending, error, run } = useRequests<Action>();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggles = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});

  const toggle = (which: Panel): void => setPanel((open) => (open === which ? null : which));
  const close = (which: Panel): void => {
    setPanel(null);
    toggles.current[which]?.focus();
  };

  async function update(action: Action, request: () => Promise<Result<AccountView>>, doneText: string): Promise<boolean> {
    setDone(null);
    const result = await run(action, request);
    if (!result.ok) return false;
    handlers.onChanged(result.data);
    setDone(doneText);
    return true;
  }

  async function copy(action: 'copy' | 'copy-header', format: CopyFormat): Promise<void> {
    setDone(null);
    const result = await run(action, () => copyToken(account.id, format));
    if (result.ok) handlers.onCopied(account.id, format, result.data.clearsAt, result.data.concealed);
  }

  async function rename(label: string): Promise<void> {
    if (await update('rename', () => renameAccount(account.id, label), 'Name saved')) close('rename');
  }

  async function replace(clientSecret: string): Promise<void> {
    if (await update('replace', () => replaceSecret(account.id, clientSecret), 'Secret replaced')) close('replace');
  }

  async function remove(): Promise<void> {
    const result = await run('remove', () => removeAccount(account.id));
    if (result.ok) handlers.onRemoved(account.id);
  }

  const panelToggle = (which: Panel, text: string, className?: string) => (
    <button
      type="button"
      className={className}
      aria-expanded={panel === which}
      disabled={isPending(which)}
      ref={(button) => {
        toggles.current[which] = button;
      }}
      onClick={() => toggle(which)}
    >
      {text}
    </button>
  );

  return (
    <div className="card-actions">
      <div className="actions">
        <button
          type="button"
          disabled={isPending('check')}
          onClick={() => void update('check', () => checkAccount(account.id), 'Check finished')}
        >
          Check now
        </button>
        <button
          type="button"
          disabled={isPending('renew')}
          onClick={() => void update('renew', () => renewToken(account.id), 'Token renewed')}
        >
          Renew token
        </button>
        <button type="button" disabled={isPending('copy')} onClick={() => void copy('copy', 'token')}>
          Copy token
        </button>
        <button type="button" disabled={isPending('copy-header')} onClick={() => void copy('copy-header', 'header')}>
          Copy as header
        </button>
        {panelToggle('rename', 'Rename')}
        {panelToggle('replace', 'Replace secret')}
        {panelToggle('remove', 'Remove', 'danger')}
      </div>
      {panel === 'rename' && (
        <RenameForm
          currentLabel={account.label}
          pending={isPending('rename')}
          onSave={rename}
          onCancel={() => close('rename')}
        />
      )}
      {panel === 'replace' && (
        <ReplaceSecretForm pending={isPending('replace')} onSave={replace} onCancel={() => close('replace')} />
      )}
      {panel === 'remove' && (
        <RemoveConfirm
          label={account.label}
          pending={isPending('remove')}
          onConfirm={() => void remove()}
          onCancel={() => close('remove')}
        />
      )}
      {error !== null && (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      )}
      <div className="live" aria-live="polite" data-testid="account-status">
        {clipboardText !== null && <p>{clipboardText}</p>}
        {done !== null && <p>{done}</p>}
      </div>
    </div>
  );
}
