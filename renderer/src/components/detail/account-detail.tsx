// The selected account in full: status and what to do, the copy split button, facts with Check now, a "⋯" menu for Renew, Rename, Replace secret and Remove (each edit in a modal sheet); every result shows next to the button that started it. Must not touch window.vault except through api.ts.
import { useEffect, useRef, useState } from 'react';
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
  type VaultError,
} from '../../api';
import { checkResultText } from '../../credit-text';
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
import { ActionResult, type Outcome } from './action-result';
import { describeRenameError, describeReplaceError } from './edit-errors';
import { CopySplitButton } from './copy-split-button';
import type { PanelRequest } from './panel-request';

/** The DOM id of the detail pane, which focus requests and the skip link aim at. */
export const detailId = 'account-detail';

export type DetailHandlers = {
  onChanged(account: AccountView): void;
  /** The account is hidden; its removal is final at `undoUntil` unless undone first. */
  onRemoved(account: AccountView, undoUntil: string): void;
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
  /** F2 or Delete pressed for this account: open Rename or Remove. */
  panelRequest?: PanelRequest | null;
  onPanelOpened?: () => void;
};

/** Mount with key={account.id}, so sheets, results and busy states never carry over to another account. */
export function AccountDetail({ account, policy, now, handlers, panelRequest = null, onPanelOpened }: Props) {
  const { isPending, run } = useRequests<Action>();
  const [panel, setPanel] = useState<Panel | null>(null);
  /** The last result, shown beside the control that started it: Check now, the ban alert, or the ⋯ menu. */
  const [outcome, setOutcome] = useState<Outcome<Action> | null>(null);
  /** Why the open sheet's request failed, shown inside the sheet. */
  const [sheetError, setSheetError] = useState<VaultError | null>(null);
  const moreButton = useRef<HTMLButtonElement | null>(null);
  const plan = renewalPlan(account, policy, now);
  const { word, tone } = shownStatus(account.status, plan);
  const what = account.kind === 'api-key' ? 'API key' : 'secret';

  const openPanel = (which: Panel): void => {
    setSheetError(null);
    setPanel(which);
  };
  useEffect(() => {
    if (panelRequest === null || panelRequest.accountId !== account.id) return;
    setPanel(panelRequest.panel);
    onPanelOpened?.();
  }, [panelRequest, account.id, onPanelOpened]);

  const closePanel = (): void => {
    setPanel(null);
    setSheetError(null);
    moreButton.current?.focus();
  };

  /** Runs a request that answers the account; the result shows beside its button (or, for a sheet, the error in it). */
  async function update(action: Action, request: () => Promise<Result<AccountView>>, doneText: (changed: AccountView) => string): Promise<boolean> {
    setOutcome(null);
    const result = await run(action, request);
    if (!result.ok) {
      if (action === panel) setSheetError(result.error);
      else setOutcome({ action, tone: 'error', text: describeError(result.error) });
      return false;
    }
    handlers.onChanged(result.data);
    setOutcome({ action, tone: 'done', text: doneText(result.data) });
    return true;
  }

  async function copy(format: CopyFormat): Promise<void> {
    setOutcome(null);
    await run('copy', async () => {
      await handlers.onCopy(account, format);
      return { ok: true, data: null };
    });
  }

  async function remove(): Promise<void> {
    const result = await run('remove', () => removeAccount(account.id));
    if (result.ok) handlers.onRemoved(account, result.data.undoUntil);
    else setSheetError(result.error);
  }

  const items: MenuItem[] = [
    // An API-key account has no token to renew.
    ...(account.status === 'banned' || account.kind === 'api-key'
      ? []
      : [{ key: 'renew', label: 'Renew token', onSelect: () => void update('renew', () => renewToken(account.id), () => 'Token renewed') }]),
    { key: 'rename', label: 'Rename…', onSelect: () => openPanel('rename') },
    { key: 'replace', label: `Replace ${what}…`, onSelect: () => openPanel('replace') },
    { key: 'remove', label: 'Remove…', onSelect: () => openPanel('remove'), danger: true },
  ];
  const menuActions: readonly Action[] = ['renew', 'rename', 'replace'];
  const resultOf = (actions: readonly Action[]): Outcome<Action> | null =>
    outcome !== null && actions.includes(outcome.action) ? outcome : null;

  return (
    <article id={detailId} className="detail" tabIndex={-1} aria-label={account.label} data-testid="detail">
      <header className="detail-header">
        {handlers.onBack !== null && (
          <button type="button" className="back" onClick={handlers.onBack}>
            <span aria-hidden="true">←</span> Accounts
          </button>
        )}
        <h2 className="detail-title">{account.label}</h2>
        <ActionResult outcome={resultOf(menuActions)} testId="account-status" />
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
            onClick={() => void update('dismiss', () => dismissBanAlert(account.id), () => 'Ban alert dismissed')}
          >
            Dismiss ban alert
          </BusyButton>
        )}
        <ActionResult outcome={resultOf(['dismiss'])} testId="dismiss-result" />
      </div>
      <CopySplitButton kind={account.kind} banned={account.status === 'banned'} busy={isPending('copy')} onCopy={(format) => void copy(format)} />
      <AccountFacts
        account={account}
        plan={plan}
        now={now}
        checkButton={
          <>
            <BusyButton
              busy={isPending('check')}
              onClick={() =>
                void update('check', () => checkAccount(account.id), (checked) => checkResultText(account.creditHistory, checked.creditHistory))
              }
            >
              Check now
            </BusyButton>
            <ActionResult outcome={resultOf(['check'])} testId="check-result" />
          </>
        }
      />
      <CreditSection account={account} />
      <LowCreditOverride account={account} onChanged={handlers.onChanged} />
      <RunsSection accountId={account.id} />
      {panel === 'rename' && (
        <RenameForm
          currentLabel={account.label}
          pending={isPending('rename')}
          error={sheetError === null ? null : describeRenameError(sheetError)}
          onSave={async (label) => {
            if (await update('rename', () => renameAccount(account.id, label), () => 'Name saved')) closePanel();
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'replace' && (
        <ReplaceSecretForm
          currentBaseUrl={account.baseUrl}
          changedOutside={account.status === 'record-changed'}
          what={what}
          pending={isPending('replace')}
          error={sheetError === null ? null : describeReplaceError(sheetError, what)}
          onSave={async (secret, baseUrl) => {
            const saved = await update('replace', () => replaceSecret(account.id, secret, baseUrl), () =>
              account.kind === 'api-key' ? 'API key replaced' : 'Secret replaced',
            );
            if (saved) closePanel();
            return saved;
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'remove' && (
        <RemoveConfirm
          label={account.label}
          pending={isPending('remove')}
          error={sheetError === null ? null : describeError(sheetError)}
          onConfirm={() => void remove()}
          onCancel={closePanel}
        />
      )}
    </article>
  );
}
