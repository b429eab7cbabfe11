// The command line's use cases while the vault file is not the one akool-vault saved last: status and list answer, nothing that hands out a secret or opens a proxy is even asked. Must not import electron.
import type { LockSource } from '../vault/generation-guard';
import { rollbackText } from '../vault/rollback-text';
import { CliFailure } from './cli-failure';
import type { CliService } from './cli-service';

/** While the vault is locked, token, key and run are refused before the person is asked; otherwise `cli` answers. */
export function refusingWhileLocked(cli: CliService, locks: LockSource): CliService {
  const refusal = (): CliFailure | null => {
    const { lock } = locks;
    return lock === null ? null : new CliFailure('refused', rollbackText(lock.reason));
  };
  return {
    ...cli,
    secret: (request, session) => {
      const refused = refusal();
      return refused === null ? cli.secret(request, session) : Promise.reject(refused);
    },
    run: (request, session) => {
      const refused = refusal();
      return refused === null ? cli.run(request, session) : Promise.reject(refused);
    },
  };
}
