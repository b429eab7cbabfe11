// The window's clipboard line: after a copy, a live countdown (or "not cleared automatically") with "Clear now", a note when history protection failed, then how it ended. Must not touch window.vault except through api.ts.
import type { ReactNode } from 'react';
import { clearClipboard } from '../api';
import { describeError } from '../error-text';
import { clipboardMessage, type ClipboardStatus, type ClipboardTracker } from '../use-clipboard-status';
import { useRequests } from '../use-requests';
import { useSecondsLeft } from '../use-seconds-left';

type Props = {
  clipboard: ClipboardStatus | null;
  /** The copied account's label, or null when it is gone. */
  label: string | null;
  onEnded: ClipboardTracker['markEnded'];
};

const endedText = {
  cleared: 'Clipboard cleared',
  changed: 'The clipboard had changed since the copy, so akool-vault left it alone.',
} as const;

type PendingProps = { copied: string; concealed: boolean; onEnded: Props['onEnded']; children: ReactNode };

function PendingCopy({ copied, concealed, onEnded, children }: PendingProps) {
  const { isPending, error, run } = useRequests<'clear'>();

  async function clearNow(): Promise<void> {
    const result = await run('clear', clearClipboard);
    if (result.ok) onEnded(result.data.cleared ? 'cleared' : 'changed');
  }

  return (
    <>
      <p>{copied}</p>
      {!concealed && <p data-testid="clipboard-unprotected">Copied without clipboard-history protection.</p>}
      {children}
      <button type="button" disabled={isPending('clear')} onClick={() => void clearNow()}>
        Clear now
      </button>
      {error !== null && (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      )}
    </>
  );
}

/** Renders nothing once the deadline has passed: the vault's clipboardCleared event then says how it ended. */
function Countdown({ deadline, ...pending }: Omit<PendingProps, 'children'> & { deadline: number }) {
  const secondsLeft = useSecondsLeft(deadline);
  if (secondsLeft === 0) return null;
  return (
    <PendingCopy {...pending}>
      <p role="timer" data-testid="clipboard-countdown">
        Clipboard clears in {secondsLeft} s
      </p>
    </PendingCopy>
  );
}

function ClipboardState({ clipboard, label, onEnded }: Props & { clipboard: ClipboardStatus }) {
  if (clipboard.outcome !== 'pending') return <p>{endedText[clipboard.outcome]}</p>;
  const copied = label === null ? `${clipboardMessage(clipboard)}.` : `${clipboardMessage(clipboard)} from ${label}.`;
  if (clipboard.clearsAt === null) {
    return (
      <PendingCopy copied={copied} concealed={clipboard.concealed} onEnded={onEnded}>
        <p>The clipboard is not cleared automatically</p>
      </PendingCopy>
    );
  }
  return (
    <Countdown
      key={clipboard.serial}
      deadline={Date.parse(clipboard.clearsAt)}
      copied={copied}
      concealed={clipboard.concealed}
      onEnded={onEnded}
    />
  );
}

/**
 * Absent until the first copy. Not a live region: the copied card's own status line already announces the copy and
 * how it ended, and the ticking timer (role="timer") must stay silent.
 */
export function ClipboardBar({ clipboard, label, onEnded }: Props) {
  if (clipboard === null) return null;
  return (
    <section className="clipboard-bar" aria-label="Clipboard" data-testid="clipboard-bar">
      <ClipboardState clipboard={clipboard} label={label} onEnded={onEnded} />
    </section>
  );
}
