// Command-line requests waiting for the person: answer once, for this folder for an hour, deny, or time out after 60 s. Must not import electron.
import type { ApprovalAnswer, ApprovalView } from '../../../preload/contract';
import type { Clock, TimerHandle } from '../ports';

export const approvalTimeoutMs = 60_000;
export const folderAllowanceMs = 60 * 60 * 1000;
/** How often a waiting request looks at the clock: a clock moved forward (tests, sleep) is noticed within this. */
const recheckMs = 1_000;
/** More waiting requests than this are refused at once rather than queued. */
export const maxPendingApprovals = 20;

export type ApprovalAsk = Omit<ApprovalView, 'id' | 'requestedAt' | 'expiresAt'>;
export type ApprovalOutcome = 'allowed' | 'denied' | 'timed-out' | 'busy';

export interface PendingApproval {
  /** True when the person is being asked (not covered by an allowance, not refused as busy). */
  readonly waiting: boolean;
  readonly outcome: Promise<ApprovalOutcome>;
  /** Withdraws the request (the CLI went away); the window stops showing it. */
  cancel(): void;
}

export interface ApprovalQueue {
  /** Asks the person, unless an answer "for this folder for 1 hour" already covers the request. */
  ask(ask: ApprovalAsk): PendingApproval;
  /** False when no such request waits (answered, withdrawn or timed out). */
  answer(id: string, answer: ApprovalAnswer): boolean;
  pending(): ApprovalView[];
  onChange(listener: (pending: ApprovalView[]) => void): () => void;
}

interface Waiting {
  readonly view: ApprovalView;
  readonly deadline: number;
  readonly settle: (outcome: ApprovalOutcome) => void;
  timer: TimerHandle | null;
}

/** Requests an allowance may cover: the same account, command, mode and folder. */
const allowanceKey = (ask: ApprovalAsk): string => JSON.stringify([ask.accountId, ask.command, ask.mode, ask.cwd]);

export function createApprovalQueue(deps: { clock: Clock; newId: () => string; timeoutMs?: number }): ApprovalQueue {
  const { clock } = deps;
  const timeoutMs = deps.timeoutMs ?? approvalTimeoutMs;
  const waiting = new Map<string, Waiting>();
  const allowances = new Map<string, number>();
  const listeners = new Set<(pending: ApprovalView[]) => void>();
  const pending = (): ApprovalView[] => [...waiting.values()].map((entry) => entry.view);
  const changed = (): void => listeners.forEach((listener) => listener(pending()));

  const finish = (id: string, outcome: ApprovalOutcome): void => {
    const entry = waiting.get(id);
    if (entry === undefined) return;
    waiting.delete(id);
    if (entry.timer !== null) clock.clearTimeout(entry.timer);
    entry.settle(outcome);
    changed();
  };

  const watch = (entry: Waiting): void => {
    const left = entry.deadline - clock.now();
    if (left <= 0) return finish(entry.view.id, 'timed-out');
    entry.timer = clock.setTimeout(() => watch(entry), Math.min(left, recheckMs));
  };

  const allowed = (ask: ApprovalAsk): boolean => {
    const key = allowanceKey(ask);
    const until = allowances.get(key);
    if (until === undefined) return false;
    if (until > clock.now()) return true;
    allowances.delete(key);
    return false;
  };

  return {
    ask: (ask) => {
      if (allowed(ask)) return { waiting: false, outcome: Promise.resolve('allowed'), cancel: () => undefined };
      if (waiting.size >= maxPendingApprovals) return { waiting: false, outcome: Promise.resolve('busy'), cancel: () => undefined };
      const now = clock.now();
      const id = deps.newId();
      let settle: (outcome: ApprovalOutcome) => void = () => undefined;
      const outcome = new Promise<ApprovalOutcome>((resolve) => {
        settle = resolve;
      });
      const view: ApprovalView = {
        ...ask,
        id,
        requestedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + timeoutMs).toISOString(),
      };
      const entry: Waiting = { view, deadline: now + timeoutMs, settle, timer: null };
      waiting.set(id, entry);
      watch(entry);
      changed();
      return { waiting: true, outcome, cancel: () => finish(id, 'denied') };
    },
    answer: (id, answer) => {
      const entry = waiting.get(id);
      if (entry === undefined) return false;
      if (answer === 'folder-hour') allowances.set(allowanceKey(entry.view), clock.now() + folderAllowanceMs);
      finish(id, answer === 'deny' ? 'denied' : 'allowed');
      return true;
    },
    pending,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
