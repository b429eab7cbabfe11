// A scan as the window receives it: names from the scanned folder printable and within the contract's lengths, lists cut at its limits with the count left out, so one odd file name cannot fail the whole scan. No node:*.
import { scanViewLimits, type ScanView } from '../../../preload/scan-contract';
import { fitText } from './printable';
import type { PublicFinding, ScanResult } from './scan-types';

export function windowView(result: ScanResult<PublicFinding>, limits: typeof scanViewLimits = scanViewLimits): ScanView {
  const findings = result.findings.slice(0, limits.findings).map((finding) => ({
    ...finding,
    file: fitText(finding.file, limits.path),
    name: fitText(finding.name, limits.name),
  }));
  const skipped = result.skipped.slice(0, limits.skipped).map(({ path, reason }) => ({ path: fitText(path, limits.path), reason }));
  return {
    root: fitText(result.root, limits.path),
    findings,
    skipped,
    filesScanned: result.filesScanned,
    findingsLeftOut: result.findings.length - findings.length,
    skippedLeftOut: result.skipped.length - skipped.length,
  };
}
