// The `scan --import` approvals waiting for the person: loaded once, then kept from the scanImportsChanged event, so a request made before the window listened still shows. Must not import electron or node:*.
import { usePushedState } from '../use-pushed-state';
import { getScanImports, onScanImportsChanged, type ImportRequest } from './scan-api';

export function useWaitingImports(): ImportRequest[] {
  return usePushedState(getScanImports, onScanImportsChanged)?.requests ?? [];
}
