// Settings › Protection: how secrets are protected on this computer, and the weak-protection opt-in where it applies. Must not touch window.vault except through api.ts.
import { useId } from 'react';
import type { ProtectionView } from '../../../../preload/contract';
import { setWeakProtectionOptIn } from '../../api';
import { useRequests } from '../../use-requests';

type Props = { protection: ProtectionView; onChanged(protection: ProtectionView): void };

function summary({ level, backend }: ProtectionView): string {
  if (level === 'strong') return `Secrets are encrypted with your system keyring (${backend}).`;
  if (level === 'weak') {
    return `No system keyring is in use: Electron’s “${backend}” fallback hides secrets with a fixed key that any program running as you can undo.`;
  }
  return 'No system keyring is available, so akool-vault cannot encrypt secrets. Unlock or install one (e.g. GNOME Keyring or KWallet) and restart akool-vault.';
}

export function ProtectionSection({ protection, onChanged }: Props) {
  const textId = useId();
  const { isPending, error, run } = useRequests<'opt-in'>();
  const offerOptIn = protection.level === 'weak' || protection.weakOptIn;

  async function choose(optIn: boolean): Promise<void> {
    if (isPending('opt-in')) return;
    const result = await run('opt-in', () => setWeakProtectionOptIn(optIn));
    if (result.ok) onChanged(result.data);
  }

  return (
    <>
      <p id={textId}>{summary(protection)}</p>
      {offerOptIn && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={protection.weakOptIn}
            aria-describedby={textId}
            aria-disabled={isPending('opt-in')}
            onChange={(event) => void choose(event.target.checked)}
          />
          Store secrets with weak protection anyway
        </label>
      )}
      {error !== null && (
        <p role="alert" className="error">
          Your choice could not be saved ({error.code}). Try again.
        </p>
      )}
    </>
  );
}
