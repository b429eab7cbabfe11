// The scan behind both front doors in the running app: the window's scan and import (the last scan's candidates kept in main), and the CLI's --import approvals waiting for the window. No node:*.
import type { ParsedInput } from '../../../preload/contract';
import { maxWaitingScanImports, scanViewLimits, type ImportRequestView, type ScanView } from '../../../preload/scan-contract';
import type { Clock } from '../ports';
import { VaultError } from '../vault/vault-error';
import { publicResult, type CandidateTable } from './candidate-table';
import { importCandidates, judgeScan, runScan, type ImportOffer, type ImportResult, type ScanRun, type ScanServiceDeps } from './scan-service';
import type { ScanRequest } from './scan-request';
import { fitText } from './printable';
import { windowView } from './scan-view';

/** How long a CLI import waits for the person before it counts as declined. */
export const approvalTimeoutMs = 5 * 60 * 1000;

/** Who ran `scan --import`: told when the window is asked, and gone when `closed` settles (the request is then withdrawn). */
export interface ImportCaller {
  onWaiting(): void;
  readonly closed: Promise<void>;
}

export interface ScanSessionDeps extends Omit<ScanServiceDeps, 'approveImport'> {
  clock: Clock;
  newId: () => string;
  /** Tells the window which approvals wait now, oldest first: called when one is asked, answered or times out. */
  showImports(requests: ImportRequestView[]): void;
}

export interface ScanSession {
  /** The window's scan: never imports or fixes; keeps the candidates for importFromWindow. */
  scanForWindow(input: ParsedInput<'scanFolder'>): Promise<ScanView>;
  importFromWindow(fingerprints: readonly string[]): Promise<ImportResult>;
  /** The approvals waiting now, oldest first: a window that opens or reloads after a request still shows it. */
  waitingImports(): ImportRequestView[];
  answerImport(requestId: string, allowed: readonly string[]): { answered: boolean };
  /** The CLI's scan: the whole run, its import approved in the window while `caller` is there. */
  run(request: ScanRequest, caller?: ImportCaller): Promise<ScanRun>;
  /** Declines every approval still waiting (the app quits). */
  dispose(): void;
}

export function createScanSession(deps: ScanSessionDeps): ScanSession {
  let last: { table: CandidateTable; baseUrl: string } | null = null;
  const waiting = new Map<string, { request: ImportRequestView; offered: Set<string>; settle: (allowed: string[]) => void }>();
  const waitingImports = (): ImportRequestView[] => [...waiting.values()].map((pending) => pending.request);

  const approveImport = (root: string, offers: ImportOffer[], caller?: ImportCaller): Promise<string[]> => {
    if (waiting.size >= maxWaitingScanImports) {
      return Promise.reject(new VaultError('invalid-input', `${maxWaitingScanImports} scan imports already wait in the window: answer them, then scan again.`));
    }
    return new Promise((resolve) => {
      const request = { requestId: deps.newId(), root: fitText(root, scanViewLimits.path), offers };
      const timer = deps.clock.setTimeout(() => settle([]), approvalTimeoutMs);
      function settle(allowed: string[]): void {
        if (!waiting.has(request.requestId)) return;
        deps.clock.clearTimeout(timer);
        waiting.delete(request.requestId);
        deps.showImports(waitingImports());
        resolve(allowed);
      }
      waiting.set(request.requestId, { request, offered: new Set(offers.map((offer) => offer.fingerprint)), settle });
      deps.showImports(waitingImports());
      caller?.onWaiting();
      void caller?.closed.then(() => settle([]));
    });
  };
  const serviceDeps: ScanServiceDeps = { ...deps, approveImport };

  return {
    scanForWindow: async (input) => {
      const request: ScanRequest = { ...input, format: 'table', import: false, fix: false };
      const judged = await judgeScan(serviceDeps, request);
      last = { table: judged.table, baseUrl: judged.baseUrl };
      return windowView(publicResult(judged.scanned));
    },
    importFromWindow: async (fingerprints) => {
      if (last === null) throw new VaultError('invalid-input', 'Scan a folder first: there is nothing to import.');
      return importCandidates(serviceDeps, last.table, fingerprints, last.baseUrl);
    },
    waitingImports,
    answerImport: (requestId, allowed) => {
      const pending = waiting.get(requestId);
      if (pending === undefined) return { answered: false };
      // Only what was offered can be allowed: an answer cannot name another fingerprint.
      pending.settle(allowed.filter((fingerprint) => pending.offered.has(fingerprint)));
      return { answered: true };
    },
    run: (request, caller) => {
      // A caller that left while the folder was read is not asked about (no dialog, no notification).
      let gone = false;
      void caller?.closed.then(() => (gone = true));
      return runScan({ ...serviceDeps, approveImport: (root, offers) => (gone ? Promise.resolve([]) : approveImport(root, offers, caller)) }, request);
    },
    dispose: () => [...waiting.values()].forEach((pending) => pending.settle([])),
  };
}
