// One scan run in main for either front door (CLI or window): scan, verify, import after approval, mark what the vault holds, fix dotenv files, render. Values never leave. No node:*.
import type { AccountView, ChannelInput } from '../../../preload/contract';
import { scanViewLimits } from '../../../preload/scan-contract';
import type { VaultFingerprint } from '../accounts/vault-fingerprints';
import type { AkoolClient } from '../akool/client';
import { normalizeBaseUrl } from '../akool/base-url';
import { VaultError } from '../vault/vault-error';
import { buildCandidateTable, publicResult, type Candidate, type CandidateTable } from './candidate-table';
import { referBaseUrl, referenceTo, rewriteDotenv, type DotenvReplacement } from './dotenv-fix';
import { adviceFor, isBurned, rotateText } from './scan-advice';
import { scanFolder, type ScanHost } from './scan-folder';
import { fitText, printable } from './printable';
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
  /**
   * Copies the file to a new `<path>.bak` (owner-only), then replaces it atomically; answers the backup's path. When
   * anything is already at `<path>.bak` (a link, an older backup) nothing is written and the answer says why.
   */
  replace(path: string, text: string): Promise<{ ok: true; backup: string } | { ok: false; reason: string }>;
}

export interface ScanServiceDeps {
  host: ScanHost;
  client: AkoolClient;
  accounts: {
    fingerprints(): Promise<VaultFingerprint[]>;
    add(input: ChannelInput<'addAccount'>): Promise<AccountView>;
    state(): { accounts: readonly Pick<AccountView, 'id' | 'baseUrl'>[] };
  };
  /** Shows the offers (found under `root`) in the window and answers the fingerprints the person allowed. */
  approveImport(root: string, offers: ImportOffer[]): Promise<string[]>;
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
    file: fitText(finding.file, scanViewLimits.path),
    line: finding.line,
    exposure: finding.exposure,
    suggestedLabel: suggestedLabel(candidate),
    withClientId: candidate.clientId !== undefined,
  };
}

export interface ImportResult {
  imported: { fingerprint: string; accountId: string; label: string }[];
  failed: { fingerprint: string; reason: string }[];
}

/** Adds each allowed candidate as an account (checked by Akool as any add is); a failure is reported by its error code only. */
export async function importCandidates(deps: Pick<ScanServiceDeps, 'accounts'>, table: CandidateTable, allowed: readonly string[], baseUrl: string): Promise<ImportResult> {
  const result: ImportResult = { imported: [], failed: [] };
  for (const fingerprint of new Set(allowed)) {
    const candidate = table.get(fingerprint);
    if (candidate === undefined || (candidate.kind !== 'api-key' && candidate.kind !== 'client-secret')) {
      result.failed.push({ fingerprint, reason: 'not an importable finding of this scan' });
      continue;
    }
    const label = suggestedLabel(candidate);
    const input: ChannelInput<'addAccount'> =
      candidate.clientId === undefined
        ? { kind: 'api-key', apiKey: candidate.value, baseUrl, label }
        : { kind: 'client-credentials', clientId: candidate.clientId, clientSecret: candidate.value, baseUrl, label };
    try {
      const view = await deps.accounts.add(input);
      result.imported.push({ fingerprint, accountId: view.id, label: view.label });
    } catch (error) {
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'failed';
      result.failed.push({ fingerprint, reason: code });
    }
  }
  return result;
}

const importNotes = (result: ImportResult): string[] => [
  ...result.imported.map((entry) => `imported ${entry.fingerprint} as "${entry.label}" (${entry.accountId})`),
  ...result.failed.map((entry) => `not imported ${entry.fingerprint}: ${entry.reason}`),
];

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
    const accountIds = new Set(replacements.map(({ reference }) => reference.slice('akool://'.length, reference.lastIndexOf('/'))));
    const [only] = accountIds;
    const account = accountIds.size === 1 ? deps.accounts.state().accounts.find((known) => known.id === only) : undefined;
    const text = account === undefined ? rewrite.text : referBaseUrl(rewrite.text, account.id, account.baseUrl);
    const replaced = await deps.dotenvFiles.replace(path, text);
    notes.push(
      replaced.ok
        ? `${file}: ${rewrite.replaced} value(s) now reference the vault; the old file is in ${replaced.backup}, values in plain text: delete it once the references work`
        : `${file}: not fixed: ${replaced.reason}`,
    );
  }
  return notes;
}

/** A scan with its values, inside main: what runScan renders and the window's session keeps for a later import. */
export interface JudgedScan {
  scanned: ScanResult;
  table: CandidateTable;
  baseUrl: string;
  notes: string[];
}

/** Scans, verifies, imports after approval, marks what the vault holds and fixes dotenv files, as the request asks. */
export async function judgeScan(deps: ScanServiceDeps, request: ScanRequest): Promise<JudgedScan> {
  const base = normalizeBaseUrl(request.baseUrl);
  if (!base.ok) throw new VaultError('invalid-input', `The API address is refused: ${base.reason}`);
  if (!(await deps.host.fileSystem.isFolder(request.dir))) throw new VaultError('invalid-input', 'Choose an existing folder, given as an absolute path.');
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
    const offered = offers.slice(0, scanViewLimits.offers);
    if (offers.length > offered.length) notes.push(`${offers.length - offered.length} more live finding(s) not offered: at most ${offered.length} at once; scan again to import them`);
    if (offered.length === 0) notes.push('nothing to import: no live client secret or API key');
    else {
      // A request the window cannot take now (too many wait) costs the import, not the report.
      const allowed = await deps.approveImport(request.dir, offered).catch((error: unknown) => {
        if (!(error instanceof VaultError)) throw error;
        notes.push(`not imported: ${error.message}`);
        return [];
      });
      notes.push(...importNotes(await importCandidates(deps, table, allowed, base.url)));
    }
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
  return { scanned, table, baseUrl: base.url, notes };
}

export async function runScan(deps: ScanServiceDeps, request: ScanRequest): Promise<ScanRun> {
  const { scanned, notes } = await judgeScan(deps, request);
  const result = publicResult(scanned);
  // Notes name files of the scanned folder: printed as text, never as escape sequences.
  return { result, output: renderScan(result, request.format, deps.toolVersion), notes: notes.map(printable), exitCode: result.findings.length > 0 ? 1 : 0 };
}
