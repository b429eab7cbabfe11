// Use case: `akool-vault token` and `key`: the person approves, then the key or a fresh token goes to the CLI's stdout. Must not import electron.
import type { Caller, SecretKind } from '../../../cli/contract';
import { selectAccount } from './account-selector';
import { CliFailure } from './cli-failure';
import type { CliDeps } from './cli-deps';
import { approve, asCliFailure, refuseBlocked, type CliSession } from './grant-checks';

export interface SecretRequest {
  readonly which: SecretKind;
  readonly account: string;
  readonly caller: Caller;
}

export async function handOutSecret(deps: CliDeps, request: SecretRequest, session: CliSession): Promise<string> {
  const view = selectAccount(deps.accounts.state().accounts, request.account);
  refuseBlocked(view);
  if (request.which === 'token' && view.kind === 'api-key') {
    throw new CliFailure('not-applicable', 'An API-key account has no token: use `akool-vault key`.');
  }
  await approve(
    deps.approvals,
    {
      accountId: view.id,
      accountLabel: view.label,
      alsoAccounts: [],
      alsoAccountIds: [],
      command: request.which,
      commandLine: ['akool-vault', request.which, '--account', request.account],
      cwd: request.caller.cwd,
      pid: request.caller.pid,
      ppid: request.caller.ppid,
      mode: 'print',
      allowOrigins: [],
    },
    session,
  );
  try {
    const secret = await deps.accounts.reveal(view.id, request.which);
    deps.logger.info('cli handed out a secret', { account: view.id, which: request.which });
    return secret.value;
  } catch (error) {
    throw asCliFailure(error);
  }
}
