// The approval `akool-vault scan --import` asks for: the oldest waiting request in one dialog listing the live findings (kind, fingerprint, where, suggested label), loaded when the first request arrives; only ticked ones become accounts.
import { lazy, Suspense, useState } from 'react';
import { answerScanImport, type ImportRequest } from './scan-api';
import { useWaitingImports } from './use-waiting-imports';

const ImportOffersDialog = lazy(() => import('./import-offers-dialog').then((module) => ({ default: module.ImportOffersDialog })));

export function ImportApproval() {
  const request = useWaitingImports()[0];
  if (request === undefined) return null;
  // Keyed by request: the next one starts with its own offers ticked.
  return <ImportChoice key={request.requestId} request={request} />;
}

function ImportChoice({ request }: { request: ImportRequest }) {
  const [allowed, setAllowed] = useState<Set<string>>(() => new Set(request.offers.map((offer) => offer.fingerprint)));
  const [answered, setAnswered] = useState(false);
  if (answered) return null;

  // Hidden at once; shown again if main refused the answer, since the request then still waits.
  const answer = (fingerprints: string[]): void => {
    setAnswered(true);
    void answerScanImport(request.requestId, fingerprints).then((result) => {
      if (!result.ok) setAnswered(false);
    });
  };
  const toggle = (fingerprint: string): void =>
    setAllowed((current) => {
      const next = new Set(current);
      if (!next.delete(fingerprint)) next.add(fingerprint);
      return next;
    });

  return (
    <Suspense fallback={null}>
      <ImportOffersDialog request={request} allowed={allowed} toggle={toggle} answer={answer} />
    </Suspense>
  );
}
