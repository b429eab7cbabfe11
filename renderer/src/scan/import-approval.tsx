// The approval `akool-vault scan --import` asks for: one dialog listing the live findings (kind, fingerprint, where, suggested label); only ticked ones become accounts.
import { useEffect, useState } from 'react';
import { ModalDialog } from '../components/dialog/modal-dialog';
import { answerScanImport, onScanImportRequested, type ImportRequest } from './scan-api';
import { exposureWords, kindWords } from './scan-text';
import '../styles/scan.css';

export function ImportApproval() {
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [allowed, setAllowed] = useState<Set<string>>(new Set());

  useEffect(
    () =>
      onScanImportRequested((next) => {
        setRequest(next);
        setAllowed(new Set(next.offers.map((offer) => offer.fingerprint)));
      }),
    [],
  );
  if (request === null) return null;

  const answer = (fingerprints: string[]): void => {
    void answerScanImport(request.requestId, fingerprints);
    setRequest(null);
  };
  const toggle = (fingerprint: string): void =>
    setAllowed((current) => {
      const next = new Set(current);
      if (!next.delete(fingerprint)) next.add(fingerprint);
      return next;
    });

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
        <button type="button" className="primary" onClick={() => answer([...allowed])}>
          Import {allowed.size}
        </button>
        <button type="button" onClick={() => answer([])}>
          Don’t import
        </button>
      </div>
    </ModalDialog>
  );
}
