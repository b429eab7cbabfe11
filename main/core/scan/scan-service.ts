// One scan run in main for either front door (CLI or window): scan, verify, import after approval, mark what the vault holds, fix dotenv files, render. Values never leave. No node:*.
import type { AccountView, ChannelInput } from '../../../preload/contract';
import type { VaultFingerprint } from '../accounts/vault-fingerprints';
import type { AkoolClient } from '../akool/client';
import { normalizeBaseUrl } from '../akool/base-url';
import { buildCandidateTable, publicResult, type Candidate, type CandidateTable } from './candidate-table';
import { referenceTo, rewriteDotenv, type DotenvReplacement } from './dotenv-fix';
import { adviceFor, isBurned, rotateText } from './scan-advice';
import { scanFolder, type ScanHost } from './scan-folder';
import { renderScan } from './scan-output';
import { isDotenv } from './scan-places';
import type { ScanRequest } from './scan-request';
import type { Exposure, FindingKind, HeldFinding, PublicFinding, ScanResult } from './scan-types';
import { verifyCandidates } from './verify-candidates';

/** One line of the approval dialog: what was found and where, never the value. */
export interface ImportOffer {
  fingerprint: string;
  kind: FindingKind;
  file: string;
  line: number;
  exposure: Exposure;
  suggestedLabel: string;
  /** True when a client ID from the same file goes with it (a client-credentials account). */
  withClientId: boolean;
}

export interface DotenvFiles {
  read(path: string): Promise<string>;
  /** Copies the file to `<path>.bak`, then replaces it atomically; answers the backup's path. */
  replace(path: string, text: string): Promise<string>;
}

export interface ScanServiceDeps {
  host: ScanHost;
  client: AkoolClient;
  accounts: { fingerprints(): Promise<VaultFingerprint[]>; add(input: ChannelInput<'addAccount'>): Promise<AccountView> };
  /** Shows the offers in the window and answers the fingerprints the person allowed. */
  approveImport(offers: ImportOffer[]): Promise<string[]>;
  dotenvFiles: DotenvFiles;
  toolVersion: string;
}

export interface ScanRun {
  result: ScanResult<PublicFinding>;
  /** The rendered table, JSON or SARIF. */
  output: string;
  /** What was imported, fixed and what to do: for people (stderr in the CLI); fingerprints and paths only. */
  notes: string[];
  /** 0 nothing found, 1 something found. */
  exitCode: 0 | 1;
}

const maxLabelLength = 100;

/** A label from the variable and file: `VITE_AKOOL_API_KEY (.env)`. */
export function suggestedLabel(candidate: Candidate): string {
  const fileName = candidate.file.slice(candidate.file.lastIndexOf('/') + 1);
  const name = candidate.name.slice(candidate.name.lastIndexOf('.') + 1) || candidate.kind;
  return `${name} (${fileName})`.replace(/[\p{Cc}]/gu, '').slice(0, maxLabelLength);
}

function offerOf(candidate: Candidate, finding: HeldFinding): ImportOffer {
  return {
    fingerprint: candidate.fingerprint,
    kind: candidate.kind,
    file: finding.file,
    line: finding.line,
    exposure: finding.exposure,
    suggestedLabel: suggestedLabel(candidate),
    withClientId: candidate.clientId !== undefined,
  };
}

async function importAllowed(deps: ScanServiceDeps, table: CandidateTable, allowed: readonly string[], baseUrl: string): Promise<string[]> {
  const notes: string[] = [];
  for (const fingerprint of allowed) {
    const candidate = table.get(fingerprint);
    if (candidate === undefined || (candidate.kind !== 'api-key' && candidate.kind !== 'client-secret')) continue;
    const label = suggestedLabel(candidate);
    const input: ChannelInput<'addAccount'> =
      candidate.clientId === undefined
        ? { kind: 'api-key', apiKey: candidate.value, baseUrl, label }
        : { kind: 'client-credentials', clientId: candidate.clientId, clientSecret: candidate.value, baseUrl, label };
    try {
      const view = await deps.accounts.add(input);
      notes.push(`imported ${fingerprint} as "${view.label}" (${view.id})`);
    } catch (error) {
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'failed';
      notes.push(`not imported ${fingerprint}: ${code}`);
    }
  }
  return notes;
}

/** Rewrites, per dotenv file, the values the vault holds into references; answers notes. */
async function fixDotenvFiles(deps: ScanServiceDeps, root: string, findings: readonly HeldFinding[], vault: readonly VaultFingerprint[]): Promise<string[]> {
  const byFile = new Map<string, DotenvReplacement[]>();
  for (const finding of findings) {
    const fileName = finding.file.slice(finding.file.lastIndexOf('/') + 1);
    if (finding.exposure === 'history' || !isDotenv(fileName)) continue;
    const part = finding.kind === 'token' ? 'token' : finding.kind === 'api-key' || finding.kind === 'client-secret' ? 'api-key' : null;
    const stored = vault.find((entry) => entry.fingerprint === finding.fingerprint && entry.part !== 'client-id');
    if (part === null || stored === undefined) continue;
    const list = byFile.get(finding.file) ?? [];
    list.push({ finding, reference: referenceTo(stored.accountId, part) });
    byFile.set(finding.file, list);
  }
  const notes: string[] = [];
  for (const [file, replacements] of byFile) {
    const path = deps.host.join(root, file);
    const rewrite = rewriteDotenv(await deps.dotenvFiles.read(path), replacements);
    if (!rewrite.ok) {
      notes.push(rewrite.reason);
      continue;
    }
    const backup = await deps.dotenvFiles.replace(path, rewrite.text);
    notes.push(`${file}: ${rewrite.replaced} value(s) now reference the vault (backup: ${backup})`);
  }
  return notes;
}

export async function runScan(deps: ScanServiceDeps, request: ScanRequest): Promise<ScanRun> {
  const base = normalizeBaseUrl(request.baseUrl);
  if (!base.ok) throw new Error(`--base-url: ${base.reason}`);
  const scanned = await scanFolder(deps.host, request.dir, { history: request.history });
  const findings = scanned.findings;
  const table = buildCandidateTable(findings);
  const notes: string[] = [];

  // Only live candidates are offered for import, so importing verifies first.
  if (request.verify || request.import) {
    const verified = await verifyCandidates(deps.client, base.url, table.all());
    for (const finding of findings) {
      const verification = verified.get(finding.fingerprint);
      if (verification !== undefined) finding.verified = verification;
    }
  }
  if (request.import) {
    const firstOf = (fingerprint: string) => findings.find((finding) => finding.fingerprint === fingerprint);
    const offers = table
      .all()
      .filter((candidate) => (candidate.kind === 'api-key' || candidate.kind === 'client-secret') && firstOf(candidate.fingerprint)?.verified === 'live')
      .flatMap((candidate) => {
        const finding = firstOf(candidate.fingerprint);
        return finding === undefined ? [] : [offerOf(candidate, finding)];
      });
    if (offers.length === 0) notes.push('nothing to import: no live client secret or API key');
    else notes.push(...(await importAllowed(deps, table, await deps.approveImport(offers), base.url)));
  }

  const vault = await deps.accounts.fingerprints();
  const held = new Set(vault.map((entry) => entry.fingerprint));
  for (const finding of findings) if (finding.kind !== 'storage-write') finding.inVault = held.has(finding.fingerprint);

  if (request.fix) {
    notes.push(...(await fixDotenvFiles(deps, scanned.root, findings, vault)));
    const fixedHere = (finding: HeldFinding) => isDotenv(finding.file.slice(finding.file.lastIndexOf('/') + 1)) && finding.exposure !== 'history' && finding.inVault === true;
    for (const finding of findings) {
      if (!fixedHere(finding) || isBurned(finding)) notes.push(adviceFor(finding));
      else if (finding.exposure === 'client-env' || finding.exposure === 'committed') notes.push(`${finding.file}:${finding.line}: ${rotateText}.`);
    }
  }
  const result = publicResult(scanned);
  return { result, output: renderScan(result, request.format, deps.toolVersion), notes, exitCode: findings.length > 0 ? 1 : 0 };
}
