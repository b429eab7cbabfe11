// The scan's findings as a table, worst exposure first, with a checkbox on each row that can be imported. Must not import the vault API.
import { exposureWords, importable, kindWords, verdictWords, where } from './scan-text';
import type { ScanFinding } from './scan-api';

type Props = {
  findings: ScanFinding[];
  selected: ReadonlySet<string>;
  onToggle(fingerprint: string): void;
};

export function ScanTable({ findings, selected, onToggle }: Props) {
  const offered = new Set<string>();
  return (
    <table className="scan-table" data-testid="scan-table">
      <caption className="visually-hidden">Akool secrets found, worst exposure first</caption>
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Where</th>
          <th scope="col">Kind</th>
          <th scope="col">Exposure</th>
          <th scope="col">Fingerprint</th>
          <th scope="col">In vault</th>
          <th scope="col">Akool says</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((finding) => {
          // One checkbox per value, on its worst place: the same key found twice is one import.
          const canImport = importable(finding) && !offered.has(finding.fingerprint);
          if (canImport) offered.add(finding.fingerprint);
          return (
            <tr key={`${where(finding)}-${finding.kind}`}>
              <td>
                {canImport && (
                  <input
                    type="checkbox"
                    aria-label={`Import ${kindWords[finding.kind]} ${finding.fingerprint}`}
                    checked={selected.has(finding.fingerprint)}
                    onChange={() => onToggle(finding.fingerprint)}
                  />
                )}
              </td>
              <td className="scan-where">{where(finding)}</td>
              <td>{kindWords[finding.kind]}</td>
              <td>{exposureWords[finding.exposure]}</td>
              <td className="mono">{finding.fingerprint === '' ? '—' : finding.fingerprint}</td>
              <td>{finding.inVault === undefined ? '—' : finding.inVault ? 'Yes' : 'No'}</td>
              <td>{verdictWords(finding)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
