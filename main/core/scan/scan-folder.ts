// The scan engine: walks a folder, runs the rule on every text file, gives each finding its exposure, and optionally walks git history. No node:*, no electron.
import { mentionsAkool } from '../../../secretlint-rule-akool/src/index';
import { exposureOf, importMetaEnvNames, type ExposureFacts } from './exposure';
import { walkFolder, defaultMaxFileBytes } from './folder-walk';
import { defaultHistoryLimits, scanHistory } from './git-history';
import { runRule, type RuleHit } from './run-rule';
import { isBuiltOutput, isServerPath } from './scan-places';
import type { GitRunner, ScanFileSystem } from './scan-ports';
import { exposureOrder, type HeldFinding, type ScanResult, type Skipped } from './scan-types';

export interface ScanHost {
  fileSystem: ScanFileSystem;
  git: GitRunner;
  /** path.join of the host, so paths follow the OS without node:path here. */
  join: (base: string, relative: string) => string;
}

export interface ScanOptions {
  history?: boolean;
  maxFileBytes?: number;
  historyLimits?: typeof defaultHistoryLimits;
}

/** Files read at once: enough to keep the disk busy, few enough to bound memory (8 × the size limit at worst). */
const readConcurrency = 8;
const binaryProbeBytes = 8000;

/** A NUL byte in the first 8,000 bytes marks a binary file, as git decides. */
const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, binaryProbeBytes).includes(0);

interface FileHits {
  file: string;
  hits: RuleHit[];
}

async function trackedFiles(git: GitRunner, root: string): Promise<Set<string>> {
  const answer = await git.run(root, ['ls-files', '-z'], 64 * 1024 * 1024);
  return new Set(answer.ok ? answer.stdout.split('\0').filter((path) => path !== '') : []);
}

const byExposureThenPlace = (a: HeldFinding, b: HeldFinding): number =>
  exposureOrder.indexOf(a.exposure) - exposureOrder.indexOf(b.exposure) ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column;

export async function scanFolder(host: ScanHost, root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const walk = await walkFolder(host.fileSystem, root, host.join, options.maxFileBytes ?? defaultMaxFileBytes);
  const skipped: Skipped[] = [...walk.skipped];
  const browserEnvNames = new Set<string>();
  const fileHits: FileHits[] = [];
  let filesScanned = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < walk.files.length) {
      const file = walk.files[next];
      next += 1;
      if (file === undefined) break;
      const bytes = await host.fileSystem.read(file.absolute).catch(() => null);
      if (bytes === null) skipped.push({ path: file.relative, reason: 'unreadable' });
      else if (isBinary(bytes)) skipped.push({ path: file.relative, reason: 'binary' });
      else {
        const text = new TextDecoder().decode(bytes);
        filesScanned += 1;
        if (!isBuiltOutput(file.relative) && !isServerPath(file.relative)) importMetaEnvNames(text).forEach((name) => browserEnvNames.add(name));
        // The rule reports nothing in a file that never mentions Akool: skip secretlint's per-file setup there.
        const hits = mentionsAkool(text) ? await runRule(file.relative, text) : [];
        if (hits.length > 0) fileHits.push({ file: file.relative, hits });
      }
    }
  };
  await Promise.all(Array.from({ length: readConcurrency }, worker));

  const facts: ExposureFacts = { tracked: await trackedFiles(host.git, root), browserEnvNames };
  const findings: HeldFinding[] = fileHits.flatMap(({ file, hits }) =>
    hits.map((hit) => ({
      file,
      line: hit.line,
      column: hit.column,
      kind: hit.kind,
      exposure: exposureOf(file, hit.name, facts),
      fingerprint: hit.fingerprint,
      name: hit.name,
      value: hit.value,
    })),
  );

  if (options.history === true) {
    const history = await scanHistory(host.git, root, options.historyLimits ?? defaultHistoryLimits);
    skipped.push(...history.skipped);
    const seen = new Set(findings.filter((finding) => finding.kind !== 'storage-write').map((finding) => finding.fingerprint));
    for (const hit of history.hits) {
      // Only what the working tree no longer holds; git log runs newest first, so the last hit kept is the commit that added it.
      if (hit.kind === 'storage-write' || seen.has(hit.fingerprint)) continue;
      const earlier = findings.findIndex((finding) => finding.exposure === 'history' && finding.fingerprint === hit.fingerprint && finding.file === hit.file);
      const finding: HeldFinding = { ...pick(hit), exposure: 'history', commit: hit.commit };
      if (earlier === -1) findings.push(finding);
      else findings[earlier] = finding;
    }
  }
  findings.sort(byExposureThenPlace);
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, findings, skipped, filesScanned };
}

function pick(hit: RuleHit & { file: string }): Omit<HeldFinding, 'exposure'> {
  return { file: hit.file, line: hit.line, column: hit.column, kind: hit.kind, fingerprint: hit.fingerprint, name: hit.name, value: hit.value };
}
