// The detail pane's Advanced control for an account's own low-credit warning: its own number, off, or the global setting. Must not touch window.vault except through api.ts.
import type { AccountView } from '../../../../preload/contract';
import { setLowCreditThreshold } from '../../api';
import { describeError } from '../../error-text';
import { formatCredit } from '../../format';
import { useRequests } from '../../use-requests';
import { ThresholdForm } from './threshold-form';

type Props = { account: AccountView; onChanged(account: AccountView): void };

export function LowCreditOverride({ account, onChanged }: Props) {
  const { isPending, error, run } = useRequests<'save'>();

  async function save(threshold: number | null | 'default'): Promise<boolean> {
    const result = await run('save', () => setLowCreditThreshold(account.id, threshold));
    if (result.ok) onChanged(result.data);
    return result.ok;
  }

  const inForce = account.lowCreditThreshold === null ? 'off' : `below ${formatCredit(account.lowCreditThreshold)}`;
  const hint = account.lowCreditOverridden
    ? `This account has its own warning (${inForce}).`
    : `This account follows the warning in Settings (${inForce}).`;
  return (
    <details className="advanced" data-testid="low-credit-override">
      <summary>Low-credit warning for this account</summary>
      <ThresholdForm
        label={`Warn when credit of ${account.label} falls below`}
        current={account.lowCreditOverridden ? account.lowCreditThreshold : null}
        pending={isPending('save')}
        onSave={save}
        hint={`${hint} Leave empty and save to turn it off for this account.`}
      >
        {account.lowCreditOverridden && (
          <button type="button" disabled={isPending('save')} onClick={() => void save('default')}>
            Use the setting
          </button>
        )}
      </ThresholdForm>
      {error !== null && (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      )}
    </details>
  );
}
