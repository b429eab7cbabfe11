// The panel that asks about one waiting command-line request: Allow once, Allow for this folder for 1 hour (when offered), or Deny; loaded on first use (approval-dialog.tsx). Shows no secret: the request carries none.
import { useRef, useState } from 'react';
import type { ApprovalAnswer, ApprovalView } from '../../../preload/contract';
import { ModalDialog } from '../components/dialog/modal-dialog';
import { useSecondsLeft } from '../use-seconds-left';
import { askText, commandLineText, modeText } from './approval-text';
import { answerApproval } from './cli-api';
import { useArmedAfter } from './use-armed-after';
import '../styles/approval.css';

export function ApprovalPanel({ approval, more }: { approval: ApprovalView; more: number }) {
  const [busy, setBusy] = useState(false);
  const deny = useRef<HTMLButtonElement>(null);
  const secondsLeft = useSecondsLeft(Date.parse(approval.expiresAt));
  // The panel is mounted afresh for each request (its key), so a click meant for the one before cannot allow this one.
  const armed = useArmedAfter();
  const answer = (choice: ApprovalAnswer): void => {
    setBusy(true);
    void answerApproval(approval.id, choice).finally(() => setBusy(false));
  };
  return (
    <ModalDialog title="Allow this command?" variant="panel" onClose={() => answer('deny')} initialFocus={deny} testId="approval">
      <p className="approval-ask">
        <code>akool-vault {approval.command}</code> {askText[approval.command]} <strong>{approval.accountLabel}</strong>
        {approval.alsoAccounts.length > 0 && <> and {approval.alsoAccounts.join(', ')}</>}.
      </p>
      <dl className="approval-facts">
        <dt>Command line</dt>
        <dd>
          <code data-testid="approval-command">{commandLineText(approval.commandLine)}</code>
        </dd>
        <dt>Working folder</dt>
        <dd>
          <code>{approval.cwd}</code>
        </dd>
        <dt>Process</dt>
        <dd>
          pid {approval.pid}, parent pid {approval.ppid} <em>(reported by the command, not proven)</em>
        </dd>
        <dt>Mode</dt>
        <dd data-testid="approval-mode">{modeText[approval.mode]}</dd>
        {approval.allowOrigins.length > 0 && (
          <>
            <dt>Web pages allowed</dt>
            <dd data-testid="approval-origins">
              {approval.allowOrigins.map((origin) => (
                <code key={origin}>{origin} </code>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p className="approval-timeout" role="timer" aria-live="off">
        Denied automatically in {secondsLeft} s{more > 0 ? ` · ${more} more waiting` : ''}.
      </p>
      <div className="panel-buttons">
        <button type="button" className="primary" disabled={busy || !armed} onClick={() => answer('once')}>
          Allow once
        </button>
        {approval.folderHourOffered && (
          <button type="button" disabled={busy || !armed} onClick={() => answer('folder-hour')}>
            Allow for this folder for 1 hour
          </button>
        )}
        <button type="button" ref={deny} disabled={busy} onClick={() => answer('deny')}>
          Deny
        </button>
      </div>
    </ModalDialog>
  );
}
