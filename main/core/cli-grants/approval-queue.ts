// Command-line requests waiting for the person: answer once, for this folder for an hour (proxy runs only), deny, or time out after 60 s. Must not import electron.
import type { ApprovalAnswer, ApprovalView } from '../../../preload/contract';
import type { Clock, TimerHandle } from '../ports';

export const approvalTimeoutMs = 60_000;
export const folderAllowanceMs = 60 * 60 * 1000;
/** How often a waiting request looks at the clock: a clock moved forward (tests, sleep) is noticed within this. */
const recheckMs = 1_000;
/** More waiting requests than this are refused at once rather than queued. */
export const maxPendingApprovals = 20;

/** What a request asks; `alsoAccountIds` are the other accounts it refers to (the window shows their labels). */
export type ApprovalAsk = Omit<ApprovalView, 'id' | 'requestedAt' | 'expiresAt' | 'folderHourOffered'> & { readonly alsoAccountIds: readonly string[] };
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
  /** False when no such request waits (answered, withdrawn or timed out), or "folder-hour" was not offered for it. */
  answer(id: string, answer: ApprovalAnswer): boolean;
  /** Drops every "for this folder for 1 hour" allowance of the account (the person pressed Stop on one of its runs). */
  forgetAllowances(accountId: string): void;
  pending(): ApprovalView[];
  onChange(listener: (pending: ApprovalView[]) => void): () => void;
}

interface Waiting {
  readonly view: ApprovalView;
  readonly key: string;
  readonly deadline: number;
  readonly settle: (outcome: ApprovalOutcome) => void;
  timer: TimerHandle | null;
}

/**
 * Requests an allowance may cover: the same account and the same other accounts, command, command line, mode, folder
 * and allowed origins. Everything but the account is reported by the CLI, so a request that differs in any of it asks again.
 */
const allowanceKey = (ask: ApprovalAsk): string =>
  JSON.stringify([ask.accountId, [...ask.alsoAccountIds].sort(), ask.command, ask.commandLine, ask.mode, ask.cwd, [...ask.allowOrigins].sort()]);

/** Only a proxy run that names no other account may be allowed for an hour: print and env hand out the real secret, so each needs a click. */
const offersFolderHour = (ask: ApprovalAsk): boolean => ask.mode === 'proxy' && ask.alsoAccountIds.length === 0;

export function createApprovalQueue(deps: { clock: Clock; newId: () => string; timeoutMs?: number }): ApprovalQueue {
  const { clock } = deps;
  const timeoutMs = deps.timeoutMs ?? approvalTimeoutMs;
  const waiting = new Map<string, Waiting>();
  /** Allowance key → the account it is for and until when (epoch ms). */
  const allowances = new Map<string, { accountId: string; until: number }>();
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
    const allowance = allowances.get(key);
    if (allowance === undefined) return false;
    if (allowance.until > clock.now()) return true;
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
      const { alsoAccountIds: _ids, ...shown } = ask;
      const view: ApprovalView = {
        ...shown,
        folderHourOffered: offersFolderHour(ask),
        id,
        requestedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + timeoutMs).toISOString(),
      };
      const entry: Waiting = { view, key: allowanceKey(ask), deadline: now + timeoutMs, settle, timer: null };
      waiting.set(id, entry);
      watch(entry);
      changed();
      return { waiting: true, outcome, cancel: () => finish(id, 'denied') };
    },
    answer: (id, answer) => {
      const entry = waiting.get(id);
      if (entry === undefined) return false;
      if (answer === 'folder-hour') {
        if (!entry.view.folderHourOffered) return false;
        allowances.set(entry.key, { accountId: entry.view.accountId, until: clock.now() + folderAllowanceMs });
      }
      finish(id, answer === 'deny' ? 'denied' : 'allowed');
      return true;
    },
    forgetAllowances: (accountId) => {
      for (const [key, allowance] of allowances) if (allowance.accountId === accountId) allowances.delete(key);
    },
    pending,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
