// The approval `akool-vault scan --import` asks for: one dialog listing the live findings (kind, fingerprint, where, suggested label), loaded when the first request arrives; only ticked ones become accounts.
import { lazy, Suspense, useEffect, useState } from 'react';
import { answerScanImport, onScanImportRequested, type ImportRequest } from './scan-api';

const ImportOffersDialog = lazy(() => import('./import-offers-dialog').then((module) => ({ default: module.ImportOffersDialog })));

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
    <Suspense fallback={null}>
      <ImportOffersDialog request={request} allowed={allowed} toggle={toggle} answer={answer} />
    </Suspense>
  );
}
