// The facts about one account as a description list: client ID, expiry, identity, credit, last check, fingerprint. Must not import the vault API.
import type { AccountView } from '../../../preload/contract';
import { formatCredit, formatDateTime } from '../format';
import { checkedPhrase, expiryPhrase } from '../relative-time';

type Props = { account: AccountView; now: number };

function identityText({ email, uid }: AccountView): string {
  const parts: string[] = [];
  if (email !== null) parts.push(email);
  if (uid !== null) parts.push(`uid ${uid}`);
  return parts.length === 0 ? 'unknown' : parts.join(' · ');
}

export function AccountDetails({ account, now }: Props) {
  return (
    <dl className="details">
      <div>
        <dt>Client ID</dt>
        <dd className="mono">{account.clientId}</dd>
      </div>
      <div>
        <dt>Token expiry</dt>
        <dd data-testid="expiry">
          {account.expiresAt === null ? (
            'unknown'
          ) : (
            <>
              <time dateTime={account.expiresAt}>{formatDateTime(account.expiresAt)}</time>
              {' · '}
              {expiryPhrase(account.expiresAt, now)}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>Identity</dt>
        <dd data-testid="identity">{identityText(account)}</dd>
      </div>
      <div>
        <dt>Credit</dt>
        <dd data-testid="credit">{formatCredit(account.credit)}</dd>
      </div>
      <div>
        <dt>Last check</dt>
        <dd data-testid="checked">{checkedPhrase(account.checkedAt, now)}</dd>
      </div>
      <div>
        <dt>Token</dt>
        <dd data-testid="fingerprint" className="mono">
          token {account.tokenFingerprint}
        </dd>
      </div>
      <div>
        <dt>Base URL</dt>
        <dd className="mono">{account.baseUrl}</dd>
      </div>
    </dl>
  );
}
