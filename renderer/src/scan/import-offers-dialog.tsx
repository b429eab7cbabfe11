// The dialog of `akool-vault scan --import`'s approval: the live findings to tick, Import or Don't import; loaded on first use (import-approval.tsx).
import { useArmedAfter } from '../approval/use-armed-after';
import { ModalDialog } from '../components/dialog/modal-dialog';
import type { ImportRequest } from './scan-api';
import { exposureWords, kindWords } from './scan-text';
import '../styles/scan.css';

type Props = { request: ImportRequest; allowed: ReadonlySet<string>; toggle(fingerprint: string): void; answer(fingerprints: string[]): void };

export function ImportOffersDialog({ request, allowed, toggle, answer }: Props) {
  // Each request mounts its own dialog: a double-click that answered the one before cannot land on Import here.
  const armed = useArmedAfter();
  return (
    <ModalDialog title="Import found Akool secrets?" variant="sheet" onClose={() => answer([])} testId="scan-import-approval">
      <p>
        <code>akool-vault scan --import</code> found these working secrets under <span className="mono">{request.root}</span>. Ticked ones
        become accounts.
      </p>
      <ul className="scan-offers">
        {request.offers.map((offer) => (
          <li key={offer.fingerprint}>
            <label className="check">
              <input type="checkbox" checked={allowed.has(offer.fingerprint)} onChange={() => toggle(offer.fingerprint)} />
              <span>
                <strong>{offer.suggestedLabel}</strong> — {kindWords[offer.kind]}
                {offer.withClientId ? ' with its client ID' : ''}, <span className="mono">{offer.fingerprint}</span>, {offer.file}:{offer.line} (
                {exposureWords[offer.exposure]})
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="panel-buttons">
        <button type="button" className="primary" disabled={!armed} onClick={() => answer([...allowed])}>
          Import {allowed.size}
        </button>
        <button type="button" onClick={() => answer([])}>
          Don’t import
        </button>
      </div>
    </ModalDialog>
  );
}
