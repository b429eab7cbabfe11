// The detail pane's facts, each only when it has a value: token expiry (client-credentials) with the automatic-renewal date, credit, identity, last check with Check now; then Advanced (client ID, fingerprint, base URL, uid). Must not import the vault API.
import type { ReactNode } from 'react';
import type { AccountView } from '../../../../preload/contract';
import { renewalText } from '../../expiry-text';
import { formatCredit, formatDateTime } from '../../format';
import { checkedPhrase, expiryPhrase } from '../../relative-time';
import type { RenewalPlan } from '../../renewal-plan';

type Props = { account: AccountView; plan: RenewalPlan; now: number; checkButton: ReactNode };

export function AccountFacts({ account, plan, now, checkButton }: Props) {
  const renewal = renewalText(plan);
  return (
    <>
      <dl className="facts">
        {account.kind === 'client-credentials' && account.expiresAt !== null && (
          <div>
            <dt>Token expiry</dt>
            <dd data-testid="expiry">
              <time dateTime={account.expiresAt}>{formatDateTime(account.expiresAt)}</time>
              {' · '}
              {expiryPhrase(account.expiresAt, now)}
              {renewal !== null && (
                <span className={`renewal renewal-${plan.kind}`} data-testid="renewal">
                  {renewal}
                </span>
              )}
            </dd>
          </div>
        )}
        {account.credit !== null && (
          <div>
            <dt>Credit</dt>
            <dd data-testid="credit">{formatCredit(account.credit)}</dd>
          </div>
        )}
        {account.email !== null && (
          <div>
            <dt>Identity</dt>
            <dd data-testid="identity">{account.email}</dd>
          </div>
        )}
        <div>
          <dt>Last check</dt>
          <dd className="with-action">
            <span data-testid="checked">{checkedPhrase(account.checkedAt, now)}</span>
            {checkButton}
          </dd>
        </div>
      </dl>
      <details className="advanced">
        <summary>Advanced</summary>
        <dl className="facts">
          {account.kind === 'api-key' ? (
            <div>
              <dt>Key fingerprint</dt>
              <dd className="mono" data-testid="key-fingerprint">
                key {account.keyFingerprint}
              </dd>
            </div>
          ) : (
            <>
              <div>
                <dt>Client ID</dt>
                <dd className="mono">{account.clientId}</dd>
              </div>
              {account.tokenFingerprint !== null && (
                <div>
                  <dt>Token fingerprint</dt>
                  <dd className="mono" data-testid="fingerprint">
                    token {account.tokenFingerprint}
                  </dd>
                </div>
              )}
            </>
          )}
          <div>
            <dt>Base URL</dt>
            <dd className="mono">{account.baseUrl}</dd>
          </div>
          {account.uid !== null && (
            <div>
              <dt>User ID</dt>
              <dd className="mono" data-testid="uid">
                {account.uid}
              </dd>
            </div>
          )}
        </dl>
      </details>
    </>
  );
}
