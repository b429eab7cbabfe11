// Warns in one line when secrets lack strong OS-keyring protection; the explanation and the explicit weak-protection opt-in open under Details. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { ProtectionView } from '../../../preload/contract';
import { WeakOptInCheckbox } from './protection/weak-opt-in-checkbox';

type Props = { protection: ProtectionView; onChanged(protection: ProtectionView): void };

const advice =
  'Unlock or install a keyring (e.g. GNOME Keyring / KWallet), or start with --password-store=gnome-libsecret.';

function explanation({ level, backend, sealMark, weakSeals }: ProtectionView): string {
  if (level === 'unavailable') return `No OS keyring is available: akool-vault cannot encrypt secrets. ${advice}`;
  if (level === 'strong') {
    return `A keyring protects new secrets now, but ${weakSeals} stored ${weakSeals === 1 ? 'secret is' : 'secrets are'} still sealed with the fixed key. akool-vault seals ${weakSeals === 1 ? 'it' : 'them'} again with the keyring the next time it opens ${weakSeals === 1 ? 'it' : 'them'} (at the latest on the next start).`;
  }
  const seen = sealMark === null ? '' : ` (what it produced starts with "${sealMark}")`;
  return `No OS keyring is in use: Electron's "${backend}" backend${seen} hides secrets with a fixed key that any program running as you can undo. ${advice}`;
}

/** How many stored secrets are still weakly sealed, when any are. */
function remaining({ weakSeals }: ProtectionView): string | null {
  if (weakSeals === 0) return null;
  return `${weakSeals} stored ${weakSeals === 1 ? 'secret is' : 'secrets are'} sealed with weak protection.`;
}

export function ProtectionBanner({ protection, onChanged }: Props) {
  const headingId = useId();
  // The warning stays until no weak seal is left, even once a keyring is back.
  if (protection.level === 'strong' && protection.weakSeals === 0) return null;

  const offerOptIn = protection.level === 'weak' || protection.weakOptIn;
  return (
    <section className="line line-warn protection-line" aria-labelledby={headingId} data-testid="protection-banner">
      <span className="dot dot-warn" aria-hidden="true" />
      <h2 id={headingId}>
        {protection.level === 'unavailable'
          ? 'Secrets cannot be encrypted'
          : protection.level === 'strong'
            ? 'Some stored secrets are still weakly protected'
            : 'Secrets are only weakly protected'}
      </h2>
      {protection.level !== 'strong' && remaining(protection) !== null && (
        <span className="line-note" data-testid="weak-seals">
          {remaining(protection)}
        </span>
      )}
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
          {offerOptIn && <WeakOptInCheckbox protection={protection} onChanged={onChanged} />}
        </div>
      </details>
    </section>
  );
}
