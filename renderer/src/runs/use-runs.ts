// One account's command-line runs: loaded when the account shows, and again whenever runsChanged names it. Must not import electron or node:*.
import { useCallback, useEffect, useState } from 'react';
import type { AccountRuns } from '../../../preload/contract';
import { getRuns, onRunsChanged } from '../approval/cli-api';

const none: AccountRuns = { active: [], recent: [] };

export function useRuns(accountId: string): AccountRuns {
  const [runs, setRuns] = useState<{ id: string; runs: AccountRuns }>({ id: accountId, runs: none });
  const load = useCallback(() => {
    void getRuns(accountId).then((result) => {
      if (result.ok) setRuns({ id: accountId, runs: result.data });
    });
  }, [accountId]);
  useEffect(() => {
    load();
    return onRunsChanged((event) => {
      if (event.id === accountId) load();
    });
  }, [accountId, load]);
  return runs.id === accountId ? runs.runs : none;
}
