// The "Check all now" button: checks every account at once and says how many were checked. Must not touch window.vault except through api.ts.
import { useState } from 'react';
import { checkAll } from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';
import { BusyButton } from './shell/busy-button';

/** Results reach the cards through the vault's accountsChanged push, so this only reports the count. */
export function CheckAllButton({ disabled }: { disabled: boolean }) {
  const { isPending, error, run } = useRequests<'check-all'>();
  const [checked, setChecked] = useState<number | null>(null);

  async function checkEvery(): Promise<void> {
    setChecked(null);
    const result = await run('check-all', checkAll);
    if (result.ok) setChecked(result.data.checked);
  }

  return (
    <div className="check-all">
      <BusyButton busy={disabled || isPending('check-all')} onClick={() => void checkEvery()}>
        Check all now
      </BusyButton>
      {error !== null && (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      )}
      <p className="live" aria-live="polite">
        {checked === null ? null : `Checked ${checked} ${checked === 1 ? 'account' : 'accounts'}`}
      </p>
    </div>
  );
}
