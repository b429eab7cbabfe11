// The status strip's toast: "Token copied · clears in 30 s · Clear now", Check all's result or Undo after Remove, in a strip reserved at the bottom so it never moves the layout nor covers anything, gone by itself after a few seconds (not while pointed at or focused). Must not touch window.vault except through api.ts.
import { useEffect, useRef, useState } from 'react';
import { clearClipboard } from '../../api';
import { separator, toastParts } from '../../copy-toast-text';
import { describeError } from '../../error-text';
import type { ClipboardStatus, ClipboardTracker } from '../../use-clipboard-status';
import type { CopyFailure } from '../../use-copy';
import type { StatusMessage } from '../../status-message';
import { useRequests } from '../../use-requests';
import { useSecondsLeft } from '../../use-seconds-left';
import { BusyButton } from './busy-button';

/** How long the toast stays: long enough to read and reach "Clear now"; the clear itself still happens on time. */
export const toastVisibleMs = { pending: 8_000, ended: 4_000 } as const;

type Props = {
  clipboard: ClipboardStatus | null;
  /** The last copy failed: shown instead of the copy until the next copy succeeds. */
  failure: CopyFailure | null;
  onEnded: ClipboardTracker['markEnded'];
  /** Where focus goes when the toast's button disappears under it and the earlier focus is gone too. */
  onFocusLost(): void;
  /** A status message (Check all's result, Undo after Remove): shown instead of the copy while it is the newest. */
  message: StatusMessage | null;
};

/** Said when the OS refused the formats that ask clipboard history and managers to skip the token. */
export const unprotectedText = 'copied without clipboard-history protection';

const unprotectedNote = (clipboard: ClipboardStatus): string[] => (clipboard.concealed ? [] : [unprotectedText]);

function Countdown({ deadline, render }: { deadline: number; render(secondsLeft: number): string }) {
  return <>{render(useSecondsLeft(deadline))}</>;
}

function ToastBody({ clipboard, onEnded, onCleared }: { clipboard: ClipboardStatus; onEnded: Props['onEnded']; onCleared(): void }) {
  const { isPending, error, run } = useRequests<'clear'>();
  const words = (secondsLeft: number | null): string =>
    toastParts({ format: clipboard.format, outcome: clipboard.outcome, secondsLeft, notes: unprotectedNote(clipboard) }).join(
      separator,
    );

  async function clearNow(): Promise<void> {
    const result = await run('clear', clearClipboard);
    if (!result.ok) return;
    onEnded(result.data.cleared ? 'cleared' : 'changed');
    onCleared();
  }

  return (
    <div className="toast" data-testid="toast">
      <p>
        {clipboard.outcome === 'pending' && clipboard.clearsAt !== null ? (
          <span role="timer" aria-live="off" data-testid="clipboard-countdown">
            <Countdown key={clipboard.serial} deadline={Date.parse(clipboard.clearsAt)} render={words} />
          </span>
        ) : (
          words(null)
        )}
      </p>
      {clipboard.outcome === 'pending' && (
        <BusyButton busy={isPending('clear')} className="toast-action" onClick={() => void clearNow()}>
          Clear now
        </BusyButton>
      )}
      {error !== null && <p className="error">{describeError(error)}</p>}
    </div>
  );
}

/** The live region is always on the page, so each new toast is announced; only its content comes and goes. */
export function CopyToast({ clipboard, failure, onEnded, onFocusLost, message }: Props) {
  const key =
    message !== null
      ? `message-${message.serial}`
      : failure !== null
        ? `failed-${failure.serial}`
        : clipboard === null
          ? null
          : `${clipboard.serial}-${clipboard.outcome}`;
  const visibleMs = message?.visibleMs ?? toastVisibleMs[clipboard?.outcome === 'pending' ? 'pending' : 'ended'];
  const [expired, setExpired] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (key === null || held) return;
    const timer = setTimeout(() => setExpired(key), visibleMs);
    return () => clearTimeout(timer);
  }, [key, held, visibleMs]);

  const giveFocusBack = (): void => {
    setHeld(false);
    const target = returnTo.current;
    if (target !== null && target.isConnected) target.focus();
    else onFocusLost();
  };

  return (
    <div
      className="toast-region"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) {
          returnTo.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
        }
        setHeld(true);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      {key !== expired && message !== null && (
        <div className={`toast${message.tone === 'error' ? ' toast-error' : ''}`} data-testid="toast">
          <p>{message.text}</p>
          {message.action !== undefined && (
            <button type="button" className="toast-action" onClick={message.action.run}>
              {message.action.label}
            </button>
          )}
        </div>
      )}
      {key !== expired && message === null && failure !== null && (
        <div className="toast toast-error" data-testid="toast">
          <p>Not copied. {describeError(failure.error)}</p>
        </div>
      )}
      {key !== expired && message === null && failure === null && clipboard !== null && (
        <ToastBody clipboard={clipboard} onEnded={onEnded} onCleared={giveFocusBack} />
      )}
    </div>
  );
}
