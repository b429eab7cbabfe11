// What every secret-bearing request goes through: accounts refused without asking, the person's approval, and errors turned into CLI failures. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { VaultError } from '../vault/vault-error';
import type { ApprovalAsk, ApprovalQueue } from './approval-queue';
import { CliFailure } from './cli-failure';

/** The connection a request came on: withdrawn when it closes, told when the person is being asked. */
export interface CliSession {
  readonly closed: Promise<void>;
  onWaiting(): void;
}

const refusedStatuses: Readonly<Partial<Record<AccountStatus, string>>> = {
  banned: 'Akool has banned this account.',
  invalid: 'Akool no longer accepts its credentials.',
  'record-changed': 'Its record was changed outside akool-vault.',
};

/** Refuses, without asking anyone, an account that is banned, invalid or changed outside the app, saying which. */
export function refuseBlocked(view: AccountView): void {
  const reason = refusedStatuses[view.status];
  if (reason !== undefined) throw new CliFailure('refused', `"${view.label}": ${reason}`);
}

/** Resolves once the person allowed the request (or an hour's allowance covers it); otherwise throws why not. */
export async function approve(approvals: ApprovalQueue, ask: ApprovalAsk, session: CliSession): Promise<void> {
  const pending = approvals.ask(ask);
  if (pending.waiting) session.onWaiting();
  void session.closed.then(pending.cancel);
  const outcome = await pending.outcome;
  if (outcome === 'denied') throw new CliFailure('denied');
  if (outcome === 'timed-out') throw new CliFailure('timed-out');
  if (outcome === 'busy') throw new CliFailure('busy');
}

/** A vault error from opening a secret, as the CLI is told it (its text is already safe for the window). */
export function asCliFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof VaultError) {
    if (error.code === 'record-changed' || error.code === 'vault-rolled-back') return new CliFailure('refused', error.message);
    if (error.code === 'invalid-input') return new CliFailure('not-applicable', error.message);
    return new CliFailure('unavailable', error.message);
  }
  return new CliFailure('internal');
}
