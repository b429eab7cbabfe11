// The window's calls and events for command-line requests and runs, through api.ts's one door. Must not import electron, node:*, main/ or runtime values from preload/.
import type { AccountRuns, ApprovalAnswer, ApprovalView, EventPayload } from '../../../preload/contract';
import { send, type Result } from '../api';

const noop = (): void => undefined;

export const getApprovals = (): Promise<Result<{ approvals: ApprovalView[] }>> => send((vault) => vault.getApprovals({}));

export const answerApproval = (id: string, answer: ApprovalAnswer): Promise<Result<{ answered: boolean }>> =>
  send((vault) => vault.answerApproval({ id, answer }));

export const getRuns = (id: string): Promise<Result<AccountRuns>> => send((vault) => vault.getRuns({ id }));

export const stopRun = (runId: string): Promise<Result<{ stopped: boolean }>> => send((vault) => vault.stopRun({ runId }));

export function onApprovalsChanged(listener: (event: EventPayload<'approvalsChanged'>) => void): () => void {
  return window.vault?.onApprovalsChanged(listener) ?? noop;
}

export function onRunsChanged(listener: (event: EventPayload<'runsChanged'>) => void): () => void {
  return window.vault?.onRunsChanged(listener) ?? noop;
}

export const installCli = (): Promise<Result<{ command: string; binDir: string; onPath: boolean }>> => send((vault) => vault.installCli({}));
