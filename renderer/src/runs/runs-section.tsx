// The detail pane's "Command-line runs": active runs with Stop, and the last 20 with when, command, mode, requests by Akool code and credit used.
import { useState } from 'react';
import type { RunView } from '../../../preload/contract';
import { commandLineText, modeName } from '../approval/approval-text';
import { stopRun } from '../approval/cli-api';
import { formatDateTime } from '../format';
import { useRuns } from './use-runs';
import '../styles/approval.css';

const requestsText = (run: RunView): string => {
  if (run.mode === 'env') return 'not counted';
  if (run.requests.length === 0) return 'none';
  return run.requests.map((entry) => `${entry.code} ×${entry.count}`).join(', ');
};

const creditText = (run: RunView): string => (run.creditUsed === null ? '—' : run.creditUsed.toLocaleString());

const endedText: Readonly<Record<NonNullable<RunView['ended']>, string>> = { exited: 'ended', disconnected: 'connection lost', stopped: 'stopped' };

function ActiveRun({ run }: { run: RunView }) {
  const [busy, setBusy] = useState(false);
  return (
    <li className="active-run">
      <code>{commandLineText(run.commandLine)}</code> · {modeName[run.mode]} · {requestsText(run)}{' '}
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void stopRun(run.id).finally(() => setBusy(false));
        }}
      >
        Stop
      </button>
    </li>
  );
}

export function RunsSection({ accountId }: { accountId: string }) {
  const runs = useRuns(accountId);
  if (runs.active.length === 0 && runs.recent.length === 0) return null;
  return (
    <section className="runs-section" aria-label="Command-line runs" data-testid="runs">
      <h3>Command-line runs</h3>
      {runs.active.length > 0 && (
        <ul className="active-runs" aria-label="Running now">
          {runs.active.map((run) => (
            <ActiveRun key={run.id} run={run} />
          ))}
        </ul>
      )}
      {runs.recent.length > 0 && (
        <table className="runs-table">
          <caption className="visually-hidden">Last runs</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Command</th>
              <th scope="col">Mode</th>
              <th scope="col">Requests</th>
              <th scope="col">Credit used</th>
            </tr>
          </thead>
          <tbody>
            {runs.recent.map((run) => (
              <tr key={run.id} data-ended={run.ended ?? ''}>
                <td>
                  {formatDateTime(run.startedAt)}
                  {run.ended !== 'exited' && run.ended !== null && <> ({endedText[run.ended]})</>}
                </td>
                <td>
                  <code>{commandLineText(run.commandLine)}</code>
                </td>
                <td>{modeName[run.mode]}</td>
                <td>{requestsText(run)}</td>
                <td>{creditText(run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
