// The main-side table of what a scan found, keyed by fingerprint: values stay here; what leaves is the public finding. No node:*.
import type { FindingKind, HeldFinding, PublicFinding, ScanResult } from './scan-types';

/** A found credential held in main for --verify, --import and --fix. */
export interface Candidate {
  fingerprint: string;
  kind: Exclude<FindingKind, 'storage-write'>;
  value: string;
  /** Where it was first found, and under which name: the suggested label comes from them. */
  file: string;
  name: string;
  /** A client ID found in the same file, paired with a client secret for a client-credentials account. */
  clientId?: string;
}

export interface CandidateTable {
  get(fingerprint: string): Candidate | undefined;
  all(): Candidate[];
}

/** The finding without its value: built field by field, so nothing else a finding carries can cross. */
export function publicFinding(finding: PublicFinding): PublicFinding {
  const { file, line, column, kind, exposure, fingerprint, name, commit, verified, inVault } = finding;
  return {
    file,
    line,
    column,
    kind,
    exposure,
    fingerprint,
    name,
    ...(commit === undefined ? {} : { commit }),
    ...(verified === undefined ? {} : { verified }),
    ...(inVault === undefined ? {} : { inVault }),
  };
}

export function publicResult(result: ScanResult<PublicFinding>): ScanResult<PublicFinding> {
  return { root: result.root, findings: result.findings.map(publicFinding), skipped: result.skipped, filesScanned: result.filesScanned };
}

/** How well a place names a value for its label: a dotenv variable beats an Akool-named one, which beats a header. */
const namingScore = (finding: HeldFinding): number =>
  (/(^|\/)\.env(\.|$)/.test(finding.file) ? 2 : 0) + (/akool/i.test(finding.name) ? 1 : 0);

/**
 * Collects each distinct value once, from the place that names it best; a client secret is paired with the client ID
 * found nearest above it in the same file.
 */
export function buildCandidateTable(findings: readonly HeldFinding[]): CandidateTable {
  const table = new Map<string, Candidate>();
  const best = new Map<string, HeldFinding>();
  for (const finding of findings) {
    const known = best.get(finding.fingerprint);
    if (known === undefined || namingScore(finding) > namingScore(known)) best.set(finding.fingerprint, finding);
  }
  for (const finding of best.values()) {
    if (finding.kind === 'storage-write' || finding.value === '') continue;
    const candidate: Candidate = { fingerprint: finding.fingerprint, kind: finding.kind, value: finding.value, file: finding.file, name: finding.name };
    if (finding.kind === 'client-secret') {
      const ids = findings.filter((other) => other.kind === 'client-id' && other.file === finding.file && other.commit === finding.commit);
      const above = ids.filter((other) => other.line <= finding.line).at(-1) ?? ids[0];
      if (above !== undefined) candidate.clientId = above.value;
    }
    table.set(finding.fingerprint, candidate);
  }
  return { get: (fingerprint) => table.get(fingerprint), all: () => [...table.values()] };
}
