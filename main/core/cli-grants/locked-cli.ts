// The command line's use cases while the vault file is not the one akool-vault saved last: status and list answer, nothing that hands out a secret or opens a proxy is even asked. Must not import electron.
import type { VaultLock } from '../vault/generation-guard';
import { rollbackText } from '../vault/rollback-text';
import { CliFailure } from './cli-failure';
import type { CliService } from './cli-service';

/** `cli` itself without a lock; with one, token, key and run are refused before the person is asked. */
export function refusingWhileLocked(cli: CliService, lock: VaultLock | null): CliService {
  if (lock === null) return cli;
  const refuse = (): Promise<never> => Promise.reject(new CliFailure('refused', rollbackText(lock.reason)));
  return { ...cli, secret: refuse, run: refuse };
}
