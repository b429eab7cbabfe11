// The command line's use cases behind one interface, for the socket server: status, list, token/key, run and scan. Must not import electron.
import type { ListAccount } from '../../../cli/contract';
import type { CliDeps } from './cli-deps';
import { accountList, statusReport, type StatusReport } from './cli-status';
import type { CliSession } from './grant-checks';
import { grantRun, type RunGrant, type RunRequest, type RunSession } from './run-request';
import { handOutSecret, type SecretRequest } from './secret-request';
import { scanCommand, type ScanCommandOutcome } from '../scan/scan-command';

export interface CliService {
  status(): StatusReport;
  list(): ListAccount[];
  /** Throws CliFailure when refused, denied or timed out. */
  secret(request: SecretRequest, session: CliSession): Promise<string>;
  run(request: RunRequest, session: RunSession): Promise<RunGrant>;
  /** `akool-vault scan ARGS…`; `resolveDir` makes DIR absolute against the caller's folder; --import's wait is told to `session`. */
  scan(args: readonly string[], resolveDir: (dir: string) => string, session: CliSession): Promise<ScanCommandOutcome>;
}

export function createCliService(deps: CliDeps): CliService {
  return {
    status: () => statusReport(deps.accounts.state().accounts, deps.clock.now()),
    list: () => accountList(deps.accounts.state().accounts),
    secret: (request, session) => handOutSecret(deps, request, session),
    run: (request, session) => grantRun(deps, request, session),
    scan: (args, resolveDir, session) => scanCommand(args, resolveDir, (request) => deps.scan(request, session)),
  };
}
