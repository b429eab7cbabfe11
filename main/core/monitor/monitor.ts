// The background monitor: one timer set to the next due check, sweeps on start, resume and network return, retries and automatic renewal. Must not import electron.
import type { AccountService } from '../accounts/account-service';
import type { RenewReport } from '../accounts/renew-account';
import type { QuotaOutcome } from '../akool/client';
import type { DocumentStore } from '../vault/document-store';
import { planRetry, type RetryState } from './monitor-backoff';
import { accountsToCheck, nextWakeAt, type Sweep } from './monitor-plan';
import type { Clock, Logger, TimerHandle } from '../ports';
import { autoRenewDue } from './renew-policy';
import { runLimited } from '../shared/run-limited';
import { VaultError } from '../vault/vault-error';

/** 'start' begins monitoring; 'resume' (from sleep) and 'online' (network back) check every account; 'settings' only re-plans. */
export type WakeReason = 'start' | 'resume' | 'online' | 'settings';

export interface Monitor {
  /** Nothing happens before wake('start'), which counts once; after stop() nothing happens at all. */
  wake(reason: WakeReason): void;
  /** Moves the one timer to the next due moment, re-reading accounts and settings; cheap, call it after any change. */
  replan(): void;
  /** Resolves once no sweep is running: for tests and benchmarks on a fake clock. */
  whenIdle(): Promise<void>;
  /** Cancels the timer; a sweep in flight finishes but plans nothing. */
  stop(): void;
}

export interface MonitorDeps {
  accounts: Pick<AccountService, 'probe' | 'renewWhen'>;
  documents: Pick<DocumentStore, 'current'>;
  clock: Clock;
  /** 0 ≤ r < 1, for retry jitter. */
  random: () => number;
  logger: Logger;
  /** At most this many accounts are checked at once. */
  concurrency: number;
  /** Called when a sweep has finished, to react to and save its changes at once rather than on later timers. */
  afterSweep?: () => void;
}

const minuteMs = 60_000;

export function createMonitor(deps: MonitorDeps): Monitor {
  const { accounts, documents, clock, logger } = deps;
  const retries = new Map<string, RetryState>();
  /** Per account, a token the monitor renewed into that was inside the threshold at birth: it is not renewed again. */
  const bornDue = new Map<string, string | null>();
  let phase: 'idle' | 'started' | 'stopped' = 'idle';
  let running: Promise<void> | null = null;
  let queued: Sweep | null = null;
  let timer: { handle: TimerHandle; at: number } | null = null;

  const settings = () => documents.current().settings;
  const intervalMs = (): number => settings().checkIntervalMinutes * minuteMs;

  const cancelTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer.handle);
    timer = null;
  };

  function forgetRemoved(): void {
    const ids = new Set(documents.current().accounts.map((record) => record.id));
    for (const id of [...retries.keys()]) if (!ids.has(id)) retries.delete(id);
    for (const id of [...bornDue.keys()]) if (!ids.has(id)) bornDue.delete(id);
  }

  function replan(): void {
    if (phase !== 'started' || running !== null) return;
    forgetRemoved();
    const at = nextWakeAt(documents.current().accounts, retries, clock.now(), intervalMs());
    if (at === timer?.at) return;
    cancelTimer();
    if (at === null) return;
    const handle = clock.setTimeout(() => {
      timer = null;
      sweep('due');
    }, Math.max(0, at - clock.now()));
    timer = { handle, at };
  }

  /** True when the outcome is transient (network, timeout, 5xx, 429, Akool's 1005): a retry is then planned. Otherwise clears any retry. */
  function retryIfTransient(id: string, outcome: QuotaOutcome): boolean {
    if (outcome.kind !== 'unreachable' && outcome.kind !== 'throttled') {
      retries.delete(id);
      return false;
    }
    const attempt = (retries.get(id)?.attempt ?? 0) + 1;
    const plan = { attempt, now: clock.now(), capMs: intervalMs(), retryAfterMs: outcome.retryAfterMs, random: deps.random };
    retries.set(id, planRetry(plan));
    return true;
  }

  function afterRenewal(id: string, report: RenewReport): void {
    if (report.kind === 'failed') retryIfTransient(id, report.failure);
    if (report.kind !== 'renewed' || retryIfTransient(id, report.checked)) return;
    const record = documents.current().accounts.find((candidate) => candidate.id === id);
    if (record !== undefined && autoRenewDue(record, clock.now(), settings().renewWindowDays)) {
      bornDue.set(id, record.token.fingerprint);
    }
  }

  async function visit(id: string): Promise<void> {
    try {
      const checked = await accounts.probe(id);
      if (retryIfTransient(id, checked) || checked.kind !== 'ok') return;
      const report = await accounts.renewWhen(
        id,
        (record, now) =>
          autoRenewDue(record, now, settings().renewWindowDays) && bornDue.get(id) !== record.token.fingerprint,
      );
      afterRenewal(id, report);
    } catch (error) {
      // Removed meanwhile, or its secrets could not be read or saved: no blind retry, try again in one interval.
      retries.set(id, { attempt: 0, at: clock.now() + intervalMs(), notBefore: clock.now() });
      logger.warn('background check failed', { code: error instanceof VaultError ? error.code : 'internal' });
    }
  }

  function sweep(kind: Sweep): void {
    if (phase !== 'started') return;
    if (running !== null) {
      queued = queued === 'all' || kind === 'all' ? 'all' : 'due';
      return;
    }
    cancelTimer();
    const ids = accountsToCheck(documents.current().accounts, retries, clock.now(), intervalMs(), kind);
    running = runLimited(ids, deps.concurrency, visit).then(() => {
      running = null;
      deps.afterSweep?.();
      const next = queued;
      queued = null;
      if (next === null) replan();
      else sweep(next);
    });
  }

  return {
    wake: (reason) => {
      if (reason === 'start') {
        if (phase !== 'idle') return;
        phase = 'started';
      }
      if (phase !== 'started') return;
      if (reason === 'settings') replan();
      else sweep('all');
    },
    replan,
    whenIdle: async () => {
      while (running !== null) await running;
    },
    stop: () => {
      phase = 'stopped';
      queued = null;
      cancelTimer();
    },
  };
}
