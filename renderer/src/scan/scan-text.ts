// Words for the scan's findings in the window: kinds, exposures, verdicts. Pure.
import type { ScanFinding } from './scan-api';

export const kindWords: Record<ScanFinding['kind'], string> = {
  'client-secret': 'Client secret',
  'api-key': 'API key',
  'client-id': 'Client ID',
  token: 'Token',
  'storage-write': 'Written to browser storage',
};

export const exposureWords: Record<ScanFinding['exposure'], string> = {
  'client-bundle': 'Shipped in built browser code',
  'client-env': 'Public env name (reaches the browser)',
  history: 'Past git commit',
  committed: 'Committed to git',
  local: 'Local file, not committed',
};

export const verdictWords = (finding: ScanFinding): string => finding.verified ?? '—';

/** A live secret or key not yet in the vault can be imported. */
export const importable = (finding: ScanFinding): boolean =>
  finding.verified === 'live' && finding.inVault !== true && (finding.kind === 'api-key' || finding.kind === 'client-secret');

export const where = (finding: ScanFinding): string =>
  `${finding.file}:${finding.line}:${finding.column}${finding.commit === undefined ? '' : ` @ ${finding.commit.slice(0, 12)}`}`;
