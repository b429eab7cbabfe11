// The "Check all N" button: checks the accounts the list shows (all of them, or the search's and filter's subset, as its label says) and reports the result in the status strip. Must not touch window.vault except through api.ts.
import { checkAll } from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';
import { BusyButton } from './shell/busy-button';

/** What Check all covers: the ids shown, and whether that is every account. */
export type CheckScope = { ids: readonly string[]; everything: boolean };

const accounts = (count: number): string => `${count} ${count === 1 ? 'account' : 'accounts'}`;

/** "Check all 11", or "Check 2 shown" while the search or a filter hides some accounts. */
export const checkLabel = ({ ids, everything }: CheckScope): string =>
  everything ? `Check all ${ids.length}` : `Check ${ids.length} shown`;

type Props = { scope: CheckScope; onResult(text: string, tone: 'info' | 'error'): void };

/** Results reach the rows through the vault's accountsChanged push; the count goes to the status strip. */
export function CheckAllButton({ scope, onResult }: Props) {
  const { isPending, run } = useRequests<'check-all'>();

  async function checkShown(): Promise<void> {
    const ids = [...scope.ids];
    const result = await run('check-all', () => checkAll(scope.everything ? undefined : ids));
    if (result.ok) onResult(`Checked ${accounts(result.data.checked)}${scope.everything ? '' : ' shown'}.`, 'info');
    else onResult(`Check all failed: ${describeError(result.error)}`, 'error');
  }

  return (
    <div className="check-all">
      <BusyButton busy={scope.ids.length === 0 || isPending('check-all')} onClick={() => void checkShown()}>
        {checkLabel(scope)}
      </BusyButton>
    </div>
  );
}
