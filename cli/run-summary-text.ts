// The one line `run` prints on stderr when the run ends: mode, requests by Akool code, credit used. Imports its own files only.
import type { RunSummary } from './contract';

const endedText: Readonly<Record<RunSummary['ended'], string>> = {
  exited: 'run ended',
  disconnected: 'run ended (connection to the app lost)',
  stopped: 'run stopped in the window',
};

export function runSummaryLine(summary: RunSummary): string {
  const total = summary.requests.reduce((sum, entry) => sum + entry.count, 0);
  const requests =
    summary.mode === 'env'
      ? 'requests not counted (--env)'
      : `${total} request${total === 1 ? '' : 's'}${total === 0 ? '' : ` (${summary.requests.map((entry) => `${entry.code} ×${entry.count}`).join(', ')})`}`;
  const credit = summary.creditUsed === null ? 'credit used unknown' : `credit used ${summary.creditUsed}`;
  return `akool-vault: ${endedText[summary.ended]} · ${summary.mode} mode · ${requests} · ${credit}\n`;
}
