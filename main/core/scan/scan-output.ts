// Renders a scan for people (a table sorted by exposure), for scripts (--json) and for code scanning (--sarif, SARIF 2.1.0 via node-sarif-builder). Fingerprints only, no control character from a file name reaches the terminal; no node:*.
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { escapeJsonControls, printable } from './printable';
import { exposureText, kindText } from './scan-advice';
import { findingKinds, type FindingKind, type PublicFinding, type ScanResult, type Skipped } from './scan-types';

export type ScanFormat = 'table' | 'json' | 'sarif';

/** Exactly the fields the JSON promises: nothing else of a finding leaves, whatever the object carries. */
function jsonFinding(finding: PublicFinding): Record<string, unknown> {
  const { file, line, column, kind, exposure, fingerprint, commit, verified, inVault } = finding;
  return {
    file,
    line,
    column,
    kind,
    exposure,
    fingerprint,
    ...(commit === undefined ? {} : { commit }),
    ...(verified === undefined ? {} : { verified }),
    ...(inVault === undefined ? {} : { inVault }),
  };
}

export function scanJson(result: ScanResult<PublicFinding>): string {
  const skipped = result.skipped.map(({ path, reason }: Skipped) => ({ path, reason }));
  return `${JSON.stringify({ findings: result.findings.map(jsonFinding), skipped }, null, 2)}\n`;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

export function scanTable(result: ScanResult<PublicFinding>): string {
  const header = ['WHERE', 'KIND', 'EXPOSURE', 'FINGERPRINT', 'IN VAULT', 'VERIFIED'];
  const rows = result.findings.map((finding) => [
    `${printable(finding.file)}:${finding.line}:${finding.column}${finding.commit === undefined ? '' : ` @${finding.commit.slice(0, 12)}`}`,
    finding.kind,
    finding.exposure,
    finding.fingerprint === '' ? '—' : finding.fingerprint,
    finding.inVault === undefined ? '—' : finding.inVault ? 'yes' : 'no',
    finding.verified ?? '—',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ').trimEnd();
  const lines = result.findings.length === 0 ? ['No Akool secrets found.'] : [line(header), ...rows.map(line)];
  lines.push(`${result.findings.length} finding(s) in ${result.filesScanned} file(s) scanned.`);
  if (result.skipped.length > 0) {
    const counts = new Map<string, number>();
    result.skipped.forEach((entry) => counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1));
    lines.push(`Skipped: ${[...counts].map(([reason, count]) => `${count} ${reason}`).join(', ')} (--json lists them).`);
  }
  return `${lines.join('\n')}\n`;
}

const ruleIdOf = (kind: FindingKind): string => `secretlint-rule-akool/${kind}`;
const levelOf = (kind: FindingKind): 'error' | 'warning' => (kind === 'client-id' || kind === 'storage-write' ? 'warning' : 'error');

export function scanSarif(result: ScanResult<PublicFinding>, toolVersion: string): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'akool-vault scan (secretlint-rule-akool)', toolDriverVersion: toolVersion });
  for (const kind of findingKinds) {
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: ruleIdOf(kind), shortDescriptionText: kindText[kind] }));
  }
  for (const finding of result.findings) {
    const fingerprint = finding.fingerprint === '' ? '' : ` (sha256 ${finding.fingerprint}…)`;
    const commit = finding.commit === undefined ? '' : `, commit ${finding.commit}`;
    run.addResult(
      new SarifResultBuilder().initSimple({
        level: levelOf(finding.kind),
        messageText: `${kindText[finding.kind]}${fingerprint}: ${exposureText[finding.exposure]}${commit}.`,
        ruleId: ruleIdOf(finding.kind),
        fileUri: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
      }),
    );
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return `${builder.buildSarifJsonString({ indent: true })}\n`;
}

export function renderScan(result: ScanResult<PublicFinding>, format: ScanFormat, toolVersion: string): string {
  if (format === 'json') return escapeJsonControls(scanJson(result));
  if (format === 'sarif') return escapeJsonControls(scanSarif(result, toolVersion));
  return scanTable(result);
}
