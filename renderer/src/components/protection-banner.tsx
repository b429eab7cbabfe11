// Warns in one line when secrets lack strong OS-keyring protection; the explanation and the explicit weak-protection opt-in open under Details. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { ProtectionView } from '../../../preload/contract';
import { setWeakProtectionOptIn } from '../api';
import { describeError } from '../error-text';
import { useRequests } from '../use-requests';

type Props = { protection: ProtectionView; onChanged(protection: ProtectionView): void };

const advice =
  'Unlock or install a keyring (e.g. GNOME Keyring / KWallet), or start with --password-store=gnome-libsecret.';

function explanation({ level, backend }: ProtectionView): string {
  if (level === 'unavailable') return `No OS keyring is available: akool-vault cannot encrypt secrets. ${advice}`;
  return `No OS keyring is in use: Electron falls back to its "${backend}" backend, which hides secrets with a fixed key that any program running as you can undo. ${advice}`;
}

export function ProtectionBanner({ protection, onChanged }: Props) {
  const headingId = useId();
  const { isPending, error, run } = useRequests<'opt-in'>();
  if (protection.level === 'strong') return null;

  async function choose(optIn: boolean): Promise<void> {
    const result = await run('opt-in', () => setWeakProtectionOptIn(optIn));
    if (result.ok) onChanged(result.data);
  }

  const offerOptIn = protection.level === 'weak' || protection.weakOptIn;
  return (
    <section className="line line-warn protection-line" aria-labelledby={headingId} data-testid="protection-banner">
      <span className="dot dot-warn" aria-hidden="true" />
      <h2 id={headingId}>
        {protection.level === 'unavailable' ? 'Secrets cannot be encrypted' : 'Secrets are only weakly protected'}
      </h2>
      <details>
        <summary>Details</summary>
        <div className="line-details">
          <p>{explanation(protection)}</p>
          {protection.weakOptIn && (
            <p className="weak-warning">
              You chose to store secrets with weak protection anyway: any program running as you can read them.
            </p>
          )}
          {!protection.canStoreSecrets && (
            <p>
              {protection.level === 'weak'
                ? 'akool-vault will not store new secrets unless you opt in below.'
                : 'akool-vault will not store new secrets until a keyring is available.'}
            </p>
          )}
          {offerOptIn && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={protection.weakOptIn}
                aria-disabled={isPending('opt-in') || undefined}
                onChange={(event) => {
                  if (!isPending('opt-in')) void choose(event.target.checked);
                }}
              />
              Store secrets with weak protection anyway
            </label>
          )}
          {error !== null && (
            <p role="alert" className="error">
              {describeError(error)}
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
