// The selected account in full: status and what to do, the copy split button, facts with Check now, a "⋯" menu for Renew, Rename, Replace secret and Remove, and their inline panels. Must not touch window.vault except through api.ts.
import { useRef, useState } from 'react';
import type { AccountView, Settings } from '../../../../preload/contract';
import {
  checkAccount,
  dismissBanAlert,
  removeAccount,
  renameAccount,
  renewToken,
  replaceSecret,
  type CopyFormat,
  type Result,
} from '../../api';
import { describeError } from '../../error-text';
import { renewalPlan } from '../../renewal-plan';
import { statusAdvice } from '../../status-advice';
import { shownStatus } from '../../status-text';
import { useRequests } from '../../use-requests';
import { MenuButton, type MenuItem } from '../menu/menu-button';
import { RemoveConfirm } from '../remove-confirm';
import { RenameForm } from '../rename-form';
import { ReplaceSecretForm } from '../replace-secret-form';
import { BusyButton } from '../shell/busy-button';
import { CreditSection } from '../credit/credit-section';
import { LowCreditOverride } from '../credit/low-credit-override';
import { RunsSection } from '../../runs/runs-section';
import { AccountFacts } from './account-facts';
import { CopySplitButton } from './copy-split-button';

/** The DOM id of the detail pane, which focus requests and the skip link aim at. */
export const detailId = 'account-detail';

export type DetailHandlers = {
  onChanged(account: AccountView): void;
  onRemoved(id: string): void;
  onCopy(account: AccountView, format: CopyFormat): Promise<void>;
  /** Shown only in the one-pane layout: back to the list. */
  onBack: (() => void) | null;
};

type Panel = 'rename' | 'replace' | 'remove';
type Action = 'check' | 'renew' | 'copy' | 'dismiss' | Panel;
type Props = {
  account: AccountView;
  policy: Pick<Settings, 'renewWindowDays' | 'checkIntervalMinutes'>;
  now: number;
  handlers: DetailHandlers;
};

/** Mount with key={account.id}, so panels, errors and busy states never carry over to another account. */
export function AccountDetail({ account, policy, now, handlers }: Props) {
  const { isPending, error, run } = useRequests<Action>();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const moreButton = useRef<HTMLButtonElement | null>(null);
  const plan = renewalPlan(account, policy, now);
  const { word, tone } = shownStatus(account.status, plan);

  const closePanel = (): void => {
    setPanel(null);
    moreButton.current?.focus();
  };

  async function update(action: Action, request: () => Promise<Result<AccountView>>, doneText: string): Promise<boolean> {
    setDone(null);
    const result = await run(action, request);
    if (!result.ok) return false;
    handlers.onChanged(result.data);
    setDone(doneText);
    return true;
  }

  async function copy(format: CopyFormat): Promise<void> {
    setDone(null);
    await run('copy', async () => {
      await handlers.onCopy(account, format);
      return { ok: true, data: null };
    });
  }

  async function remove(): Promise<void> {
    const result = await run('remove', () => removeAccount(account.id));
    if (result.ok) handlers.onRemoved(account.id);
  }

  const items: MenuItem[] = [
    // An API-key account has no token to renew.
    ...(account.status === 'banned' || account.kind === 'api-key'
      ? []
      : [{ key: 'renew', label: 'Renew token', onSelect: () => void update('renew', () => renewToken(account.id), 'Token renewed') }]),
    { key: 'rename', label: 'Rename…', onSelect: () => setPanel('rename') },
    { key: 'replace', label: account.kind === 'api-key' ? 'Replace API key…' : 'Replace secret…', onSelect: () => setPanel('replace') },
    { key: 'remove', label: 'Remove…', onSelect: () => setPanel('remove'), danger: true },
  ];

  return (
    <article id={detailId} className="detail" tabIndex={-1} aria-label={account.label} data-testid="detail">
      <header className="detail-header">
        {handlers.onBack !== null && (
          <button type="button" className="back" onClick={handlers.onBack}>
            <span aria-hidden="true">←</span> Accounts
          </button>
        )}
        <h2 className="detail-title">{account.label}</h2>
        <MenuButton label={`More actions for ${account.label}`} items={items} buttonRef={moreButton} className="more">
          <span aria-hidden="true">⋯</span>
        </MenuButton>
      </header>
      <div className="detail-status">
        <p className="status-line">
          <span className={`dot dot-${tone}`} aria-hidden="true" />
          <span className={`status-word tone-${tone}`} data-status={account.status}>
            <span className="visually-hidden">Status: </span>
            {word}
          </span>
        </p>
        <p className="advice">{statusAdvice(account.status, plan, account.kind)}</p>
        {account.problem !== null && <p className="problem">{account.problem}</p>}
        {account.status === 'banned' && !account.banDismissed && (
          <BusyButton
            busy={isPending('dismiss')}
            aria-label={`Dismiss the alert for ${account.label}`}
            onClick={() => void update('dismiss', () => dismissBanAlert(account.id), 'Ban alert dismissed')}
          >
            Dismiss ban alert
          </BusyButton>
        )}
      </div>
      <CopySplitButton kind={account.kind} busy={isPending('copy')} onCopy={(format) => void copy(format)} />
      <AccountFacts
        account={account}
        plan={plan}
        now={now}
        checkButton={
          <BusyButton
            busy={isPending('check')}
            onClick={() => void update('check', () => checkAccount(account.id), 'Check finished')}
          >
            Check now
          </BusyButton>
        }
      />
      <CreditSection account={account} />
      <LowCreditOverride account={account} onChanged={handlers.onChanged} />
      <RunsSection accountId={account.id} />
      {panel === 'rename' && (
        <RenameForm
          currentLabel={account.label}
          pending={isPending('rename')}
          onSave={async (label) => {
            if (await update('rename', () => renameAccount(account.id, label), 'Name saved')) closePanel();
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'replace' && (
        <ReplaceSecretForm
          currentBaseUrl={account.replaceBaseUrl}
          changedOutside={account.status === 'record-changed'}
          what={account.kind === 'api-key' ? 'API key' : 'secret'}
          pending={isPending('replace')}
          onSave={async (secret, baseUrl) => {
            if (await update('replace', () => replaceSecret(account.id, secret, baseUrl), account.kind === 'api-key' ? 'API key replaced' : 'Secret replaced')) closePanel();
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'remove' && (
        <RemoveConfirm label={account.label} pending={isPending('remove')} onConfirm={() => void remove()} onCancel={closePanel} />
      )}
      {error !== null && (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      )}
      <p className="live" aria-live="polite" data-testid="account-status">
        {done}
      </p>
    </article>
  );
}
