// The command-line requests waiting for the person: loaded once, then kept from the approvalsChanged event. Must not import electron or node:*.
import type { ApprovalView } from '../../../preload/contract';
import { usePushedState } from '../use-pushed-state';
import { getApprovals, onApprovalsChanged } from './cli-api';

export function useApprovals(): ApprovalView[] {
  return usePushedState(getApprovals, onApprovalsChanged)?.approvals ?? [];
}
