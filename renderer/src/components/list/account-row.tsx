// One ~50 px option of the account list: status dot and word, label, expiry or "renews automatically", credit, and a pointer copy control. Must not import the vault API.
import { memo } from 'react';
import type { AccountView, Settings } from '../../../../preload/contract';
import { copyLabels, primaryCopyFormat } from '../../copy-formats';
import { rowExpiryText } from '../../expiry-text';
import { formatCredit } from '../../format';
import { renewalPlan } from '../../renewal-plan';
import { shownStatus } from '../../status-text';

/** The DOM id of an account's option, which the listbox names in aria-activedescendant. */
export const rowId = (accountId: string): string => `account-row-${accountId}`;

type Props = {
  account: AccountView;
  policy: Pick<Settings, 'renewWindowDays' | 'checkIntervalMinutes'>;
  now: number;
  active: boolean;
  position: number;
  total: number;
  onPick(id: string): void;
  onCopy(account: AccountView): void;
};

/**
 * The copy control is for the pointer only (aria-hidden, not focusable): an option's content is presentational, so
 * a real button inside it would be lost to assistive technology. The keyboard copies with Ctrl/Cmd+C.
 */
function Row({ account, policy, now, active, position, total, onPick, onCopy }: Props) {
  const plan = renewalPlan(account, policy, now);
  const { word, tone } = shownStatus(account.status, plan);
  return (
    <div
      id={rowId(account.id)}
      role="option"
      aria-selected={active}
      aria-posinset={position}
      aria-setsize={total}
      data-status={account.status}
      className={`row${active ? ' is-active' : ''}`}
      onClick={() => onPick(account.id)}
    >
      <span className={`dot dot-${tone}`} aria-hidden="true" />
      <span className="row-main">
        <span className="row-label">{account.label}</span>
        <span className="row-facts">
          <span className={`row-status tone-${tone}`}>{word}</span>
          {' · '}
          <span>{rowExpiryText(account, plan, now)}</span>
          {account.credit !== null && (
            <>
              {' · '}
              <span className={account.lowCredit === 'none' ? undefined : 'tone-warn'} data-testid="row-credit">
                {formatCredit(account.credit)}
                {account.lowCredit !== 'none' && ' (low)'}
              </span>
            </>
          )}
        </span>
      </span>
      <span
        className="row-copy"
        aria-hidden="true"
        title={`${copyLabels[primaryCopyFormat(account.kind)]} (Ctrl+C)`}
        onClick={(event) => {
          event.stopPropagation();
          onCopy(account);
        }}
      >
        Copy
      </span>
    </div>
  );
}

export const AccountRow = memo(Row);
