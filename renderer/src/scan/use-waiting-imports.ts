// The `scan --import` approvals waiting for the person: loaded once, then kept from the scanImportsChanged event, so a request made before the window listened still shows. Must not import electron or node:*.
import { useEffect, useState } from 'react';
import { getScanImports, onScanImportsChanged, type ImportRequest } from './scan-api';

export function useWaitingImports(): ImportRequest[] {
  const [requests, setRequests] = useState<ImportRequest[]>([]);
  useEffect(() => {
    let pushed = false;
    const stop = onScanImportsChanged((waiting) => {
      pushed = true;
      setRequests(waiting.requests);
    });
    void getScanImports().then((result) => {
      if (result.ok && !pushed) setRequests(result.data.requests);
    });
    return stop;
  }, []);
  return requests;
}
