// Shows the vault's notice: a one-off report (a store file moved aside) until dismissed, or, while the vault file is not the one akool-vault saved last, the lock and its way out. Must not touch window.vault except through api.ts.
import { useEffect, useRef, useState } from 'react';
import type { VaultState } from '../../../preload/contract';
import { acceptVaultFile } from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';

type Props = {
  notice: string | null;
  /** The vault file is not the one akool-vault saved last: the notice stays, with "Accept this vault file…". */
  locked: boolean;
  onAccepted(state: VaultState): void;
};

export function NoticeBanner({ notice, locked, onAccepted }: Props) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (notice === null) return null;
  if (locked) return <LockedNotice notice={notice} onAccepted={onAccepted} />;
  if (notice === dismissed) return null;
  return (
    <div className="line line-info" role="status" data-testid="notice">
      <p>{notice}</p>
      <button type="button" onClick={() => setDismissed(notice)}>
        Dismiss notice
      </button>
    </div>
  );
}

/** The lock cannot be dismissed; accepting the file takes a second, explicit click that says what it means. */
function LockedNotice({ notice, onAccepted }: { notice: string; onAccepted(state: VaultState): void }) {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const { isPending, error, run } = useRequests<'accept'>();
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  // The button pressed goes away: focus moves to its counterpart, never to the page body (null: nothing pressed yet).
  useEffect(() => {
    if (confirming === true) cancel.current?.focus();
    if (confirming === false) ask.current?.focus();
  }, [confirming]);

  async function accept(): Promise<void> {
    if (isPending('accept')) return;
    const result = await run('accept', acceptVaultFile);
    if (result.ok) onAccepted(result.data);
  }

  return (
    <div className="line line-danger" role="alert" data-testid="notice">
      <p>{notice}</p>
      {confirming === true ? (
        <>
          <p id="accept-vault-file-meaning">
            Use this vault file as the current one? Its accounts will be checked and used again, at the base URLs it names.
            Do this only if you put the file back yourself.
          </p>
          <button type="button" aria-describedby="accept-vault-file-meaning" aria-disabled={isPending('accept') || undefined} onClick={() => void accept()}>
            Accept this vault file
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" ref={ask} onClick={() => setConfirming(true)}>
          Accept this vault file…
        </button>
      )}
      {error !== null && <p className="error">The file was not accepted. {describeError(error)}</p>}
    </div>
  );
}
