// The one "Store secrets with weak protection anyway" checkbox, used by the add sheet, settings and the protection line; saves the choice through the vault. Must not touch window.vault except through api.ts.
import type { ProtectionView } from '../../../../preload/contract';
import { setWeakProtectionOptIn } from '../../api';
import { describeError } from '../../error-text';
import { useRequests } from '../../use-requests';

type Props = {
  protection: ProtectionView;
  onChanged(protection: ProtectionView): void;
  /** The id of the text that explains what weak protection means. */
  describedBy?: string;
  /** Told before the choice is sent, e.g. to keep the checkbox on screen once it is ticked. */
  onChoosing?(): void;
};

export function WeakOptInCheckbox({ protection, onChanged, describedBy, onChoosing }: Props) {
  const { isPending, error, run } = useRequests<'opt-in'>();

  async function choose(optIn: boolean): Promise<void> {
    if (isPending('opt-in')) return;
    onChoosing?.();
    const result = await run('opt-in', () => setWeakProtectionOptIn(optIn));
    if (result.ok) onChanged(result.data);
  }

  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={protection.weakOptIn}
          aria-describedby={describedBy}
          aria-disabled={isPending('opt-in') || undefined}
          onChange={(event) => void choose(event.target.checked)}
        />
        Store secrets with weak protection anyway
      </label>
      {error !== null && (
        <p role="alert" className="error">
          Your choice could not be saved. {describeError(error)}
        </p>
      )}
    </>
  );
}
