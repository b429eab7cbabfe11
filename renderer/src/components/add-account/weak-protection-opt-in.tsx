// Inside the add sheet: explains weak secret protection and offers the explicit opt-in before the first secret is stored. Must not touch window.vault except through api.ts.
import { useId, useState } from 'react';
import type { ProtectionView } from '../../../../preload/contract';
import { WeakOptInCheckbox } from '../protection/weak-opt-in-checkbox';

type Props = { protection: ProtectionView; onChanged(protection: ProtectionView): void };

export function WeakProtectionOptIn({ protection, onChanged }: Props) {
  const textId = useId();
  // Stays on screen after the opt-in, so the checkbox the user just ticked keeps focus and can be unticked.
  const [choseHere, setChoseHere] = useState(false);

  if (protection.level === 'unavailable') {
    return (
      <p className="sheet-warning" data-testid="protection-note">
        No OS keyring is available, so akool-vault cannot store a secret on this computer yet. Unlock or install a keyring
        (e.g. GNOME Keyring or KWallet), then try again.
      </p>
    );
  }
  if (protection.level !== 'weak' || (protection.weakOptIn && !choseHere)) return null;

  return (
    <div className="sheet-warning" data-testid="protection-note">
      <p id={textId}>
        No OS keyring is in use, so the secret could only be weakly protected: any program running as you could read it.
      </p>
      <WeakOptInCheckbox
        protection={protection}
        onChanged={onChanged}
        describedBy={textId}
        onChoosing={() => setChoseHere(true)}
      />
    </div>
  );
}
