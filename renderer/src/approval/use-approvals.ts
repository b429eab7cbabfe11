// The command-line requests waiting for the person: loaded once, then kept from the approvalsChanged event. Must not import electron or node:*.
import { useEffect, useState } from 'react';
import type { ApprovalView } from '../../../preload/contract';
import { getApprovals, onApprovalsChanged } from './cli-api';

export function useApprovals(): ApprovalView[] {
  const [approvals, setApprovals] = useState<ApprovalView[]>([]);
  useEffect(() => {
    let pushed = false;
    const stop = onApprovalsChanged((event) => {
      pushed = true;
      setApprovals(event.approvals);
    });
    void getApprovals().then((result) => {
      if (result.ok && !pushed) setApprovals(result.data.approvals);
    });
    return stop;
  }, []);
  return approvals;
}
