// The scan's vocabulary: finding kinds, exposures, what was skipped, and the two shapes of a finding (with its value, inside main; without, outside). Types only.

export type FindingKind = 'client-secret' | 'api-key' | 'client-id' | 'token' | 'storage-write';
export const findingKinds: readonly FindingKind[] = ['client-secret', 'api-key', 'client-id', 'token', 'storage-write'];

/** Where a secret reached, worst first: the order the table sorts by. */
export type Exposure = 'client-bundle' | 'client-env' | 'history' | 'committed' | 'local';
export const exposureOrder: readonly Exposure[] = ['client-bundle', 'client-env', 'history', 'committed', 'local'];

/** What Akool said of a candidate when asked (--verify). */
export type Verification = 'live' | 'rejected' | 'banned' | 'unreachable';

export type SkipReason = 'node_modules' | 'binary' | 'too-large' | 'unreadable' | 'history-truncated' | 'history-timed-out' | 'not-a-git-repository';
export interface Skipped {
  path: string;
  reason: SkipReason;
}

/** A finding as it leaves main (CLI, renderer, JSON, SARIF): a fingerprint, never the value. */
export interface PublicFinding {
  file: string;
  line: number;
  column: number;
  kind: FindingKind;
  exposure: Exposure;
  /** First 8 hex characters of the value's SHA-256; empty for a storage write, which has no value. */
  fingerprint: string;
  /** The variable or key the value was found under (not secret): the suggested label comes from it. */
  name: string;
  commit?: string;
  verified?: Verification;
  inVault?: boolean;
}

/** A finding inside main: the public fields plus the value, which never leaves main. */
export interface HeldFinding extends PublicFinding {
  readonly value: string;
}

export interface ScanResult<F extends PublicFinding = HeldFinding> {
  /** The scanned folder, absolute. */
  root: string;
  findings: F[];
  skipped: Skipped[];
  filesScanned: number;
}
