// What to do about each finding, in words: the exposure's meaning and the fix (references for dotenv files, rotation for what was exposed). Pure.
import type { Exposure, FindingKind, PublicFinding } from './scan-types';

export const kindText: Record<FindingKind, string> = {
  'client-secret': 'Akool client secret',
  'api-key': 'Akool API key',
  'client-id': 'Akool client ID',
  token: 'Akool token',
  'storage-write': 'Akool credential written to browser storage',
};

export const exposureText: Record<Exposure, string> = {
  'client-bundle': 'shipped in built browser code',
  'client-env': 'under a name bundlers expose to the browser',
  history: 'in a past git commit',
  committed: 'in a file git tracks',
  local: 'in an untracked local file',
};

export const rotateText = "rotate this key on Akool's API Credentials page: it was exposed";

/** True when the secret must be considered known to others, whatever is done to the file now. */
export const isBurned = (finding: PublicFinding): boolean =>
  finding.kind !== 'client-id' && finding.kind !== 'storage-write' && (finding.exposure === 'client-bundle' || finding.exposure === 'history');

/** One line of advice for a finding that --fix does not rewrite. */
export function adviceFor(finding: PublicFinding): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  if (finding.kind === 'storage-write') return `${where}: keep Akool credentials out of localStorage/sessionStorage; call Akool from a server.`;
  if (finding.kind === 'client-id') return `${where}: the client ID is not secret on its own; move it next to its secret in the vault.`;
  if (finding.exposure === 'history') {
    return `${where} (commit ${finding.commit?.slice(0, 12) ?? '?'}): ${rotateText}. Removing it from history does not un-expose it.`;
  }
  if (finding.exposure === 'client-bundle') return `${where}: ${rotateText}. Then rebuild without it and read Akool only from a server.`;
  const store = finding.inVault === true ? 'it is in the vault: replace it by a reference (--fix does this in dotenv files)' : 'add it to akool-vault, then use a reference';
  const rotate = finding.exposure === 'client-env' || finding.exposure === 'committed' ? `; ${rotateText}` : '';
  return `${where}: ${store}${rotate}.`;
}
