// The scan's calls through window.vault: scan a folder, import by fingerprint, the CLI import requests waiting and their answers. Must not import electron, node:* or main/.
import type { ChannelInput, ChannelOutput, EventPayload } from '../../../preload/contract';
import { send, type Result } from '../api';

export type ScanView = ChannelOutput<'scanFolder'>;
export type ScanFinding = ScanView['findings'][number];
export type WaitingImports = EventPayload<'scanImportsChanged'>;
export type ImportRequest = WaitingImports['requests'][number];
export type ImportOutcome = ChannelOutput<'importScanFindings'>;

export const scanFolder = (input: ChannelInput<'scanFolder'>): Promise<Result<ScanView>> => send((vault) => vault.scanFolder(input));

export const importScanFindings = (fingerprints: string[]): Promise<Result<ImportOutcome>> =>
  send((vault) => vault.importScanFindings({ fingerprints }));

export const getScanImports = (): Promise<Result<WaitingImports>> => send((vault) => vault.getScanImports({}));

export const answerScanImport = (requestId: string, allowed: string[]): Promise<Result<{ answered: boolean }>> =>
  send((vault) => vault.answerScanImport({ requestId, allowed }));

export function onScanImportsChanged(listener: (waiting: WaitingImports) => void): () => void {
  return window.vault?.onScanImportsChanged(listener) ?? (() => undefined);
}
