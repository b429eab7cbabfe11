// What the command-line use cases need from the rest of main: accounts, approvals, runs, the proxy and a few ports. Must not import electron.
import type { VaultState } from '../../../preload/contract';
import type { QuotaOutcome } from '../akool/client';
import type { RevealedSecret, RevealKind } from '../accounts/reveal-secret';
import type { Clock, Logger } from '../ports';
import type { ApprovalQueue } from './approval-queue';
import type { CliSession } from './grant-checks';
import type { StartGrantProxy } from './proxy-port';
import type { RunRegistry } from './run-registry';
import type { ScanRequest } from '../scan/scan-request';
import type { ScanRun } from '../scan/scan-service';

/** The part of the account service the command line uses. */
export interface CliAccounts {
  state(): VaultState;
  probe(id: string): Promise<QuotaOutcome>;
  reveal(id: string, kind: RevealKind): Promise<RevealedSecret>;
}

export interface CliDeps {
  readonly accounts: CliAccounts;
  readonly approvals: ApprovalQueue;
  readonly runs: RunRegistry;
  readonly startProxy: StartGrantProxy;
  /** 32 random bytes, base64url: the stand-in a grant gives the child. */
  readonly newStandIn: () => string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The app's scan (the same run the window's "Scan a folder…" uses); --import asks the window and says so to `session`. */
  readonly scan: (request: ScanRequest, session: CliSession) => Promise<ScanRun>;
}
