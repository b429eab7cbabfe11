// Settings › Protection: how secrets are protected on this computer, and the weak-protection opt-in where it applies. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { ProtectionView } from '../../../../preload/contract';
import { WeakOptInCheckbox } from '../protection/weak-opt-in-checkbox';

type Props = { protection: ProtectionView; onChanged(protection: ProtectionView): void };

function summary({ level, backend, weakSeals }: ProtectionView): string {
  if (level === 'strong' && weakSeals > 0) {
    return `New secrets are encrypted with your system keyring (${backend}); ${weakSeals} stored ${weakSeals === 1 ? 'secret is' : 'secrets are'} still weakly sealed and will be sealed again with it at the next start.`;
  }
  if (level === 'strong') return `Secrets are encrypted with your system keyring (${backend}).`;
  if (level === 'weak') {
    return `No system keyring is in use: Electron’s “${backend}” fallback hides secrets with a fixed key that any program running as you can undo.`;
  }
  return 'No system keyring is available, so akool-vault cannot encrypt secrets. Unlock or install one (e.g. GNOME Keyring or KWallet) and restart akool-vault.';
}

export function ProtectionSection({ protection, onChanged }: Props) {
  const textId = useId();
  const offerOptIn = protection.level === 'weak' || protection.weakOptIn;

  return (
    <>
      <p id={textId}>{summary(protection)}</p>
      {offerOptIn && <WeakOptInCheckbox protection={protection} onChanged={onChanged} describedBy={textId} />}
    </>
  );
}
