// After Akool could not be reached: offers to store the credential now, unchecked, for the vault to check once the network is back. Must not import the vault API.
import '../../styles/save-unchecked.css';

type Props = { kind: 'api-key' | 'client-credentials'; pending: boolean; onSave(): void };

export function SaveUnchecked({ kind, pending, onSave }: Props) {
  return (
    <div className="save-unchecked" data-testid="save-unchecked">
      <p>
        Save the {kind === 'api-key' ? 'key' : 'client ID and secret'} now, sealed like any other, and akool-vault checks it
        with Akool when the network is back.
      </p>
      <button type="button" aria-disabled={pending} onClick={() => (pending ? undefined : onSave())}>
        Save without checking
      </button>
    </div>
  );
}
