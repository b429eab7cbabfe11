// "Scan a folder…": runs the same scan as `akool-vault scan` in main, shows its table, imports the live findings the person ticks. Values never reach this page.
import { useId, useState, type FormEvent } from 'react';
import { BaseUrlInput } from '../components/base-url-input';
import { ModalDialog } from '../components/dialog/modal-dialog';
import { importScanFindings, scanFolder, type ScanView } from './scan-api';
import { ScanTable } from './scan-table';
import '../styles/scan.css';

type Props = { onClose(): void };

export function ScanDialog({ onClose }: Props) {
  const ids = { folder: useId(), note: useId(), baseUrl: useId() };
  const [folder, setFolder] = useState('');
  const [history, setHistory] = useState(false);
  const [verify, setVerify] = useState(true);
  const [baseUrl, setBaseUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<ScanView | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');

  async function scan(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setNote('Scanning…');
    const result = await scanFolder({ dir: folder.trim(), history, verify, ...(baseUrl.trim() === '' ? {} : { baseUrl }) });
    setBusy(false);
    if (!result.ok) return setNote(result.error.message);
    setView(result.data);
    setSelected(new Set());
    const { findings, skipped, findingsLeftOut, skippedLeftOut, filesScanned } = result.data;
    const skippedText = skipped.length + skippedLeftOut === 0 ? '' : `, ${skipped.length + skippedLeftOut} skipped`;
    const leftOut = findingsLeftOut === 0 ? '' : ` The first ${findings.length} are shown; ${findingsLeftOut} more are left out: scan a smaller folder or use akool-vault scan.`;
    setNote(`${findings.length + findingsLeftOut} finding(s) in ${filesScanned} file(s)${skippedText}.${leftOut}`);
  }

  async function importSelected(): Promise<void> {
    setBusy(true);
    const result = await importScanFindings([...selected]);
    setBusy(false);
    if (!result.ok) return setNote(result.error.message);
    const { imported, failed } = result.data;
    const done = new Set(imported.map((entry) => entry.fingerprint));
    setView((current) =>
      current === null ? null : { ...current, findings: current.findings.map((finding) => (done.has(finding.fingerprint) ? { ...finding, inVault: true } : finding)) },
    );
    setSelected(new Set());
    setNote(`Imported ${imported.length}${failed.length === 0 ? '' : `; ${failed.length} failed (${failed.map((entry) => entry.reason).join(', ')})`}.`);
  }

  const toggle = (fingerprint: string): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(fingerprint)) next.add(fingerprint);
      return next;
    });

  return (
    <ModalDialog title="Scan a folder for Akool secrets" variant="sheet" onClose={onClose} describedBy={ids.note} testId="scan-dialog">
      <form className="scan-form" onSubmit={(event) => void scan(event)}>
        <div className="field">
          <label htmlFor={ids.folder}>Folder (absolute path)</label>
          <input id={ids.folder} value={folder} onChange={(event) => setFolder(event.target.value)} spellCheck={false} required />
        </div>
        <label className="check">
          <input type="checkbox" checked={history} onChange={(event) => setHistory(event.target.checked)} /> Include git history
        </label>
        <label className="check">
          <input type="checkbox" checked={verify} onChange={(event) => setVerify(event.target.checked)} /> Ask Akool whether each secret works
          (sends them to Akool)
        </label>
        <details>
          <summary>Advanced</summary>
          <div className="field">
            <label htmlFor={ids.baseUrl}>Base URL</label>
            <BaseUrlInput id={ids.baseUrl} value={baseUrl} onChange={setBaseUrl} />
          </div>
        </details>
        <div className="panel-buttons">
          <button type="submit" className="primary" disabled={busy}>
            Scan
          </button>
        </div>
      </form>
      <p id={ids.note} className="live" role="status">
        {note}
      </p>
      {view !== null && view.findings.length > 0 && (
        <>
          <div className="scan-results">
            <ScanTable findings={view.findings} selected={selected} onToggle={toggle} />
          </div>
          <div className="panel-buttons">
            <button type="button" className="primary" disabled={busy || selected.size === 0} onClick={() => void importSelected()}>
              Import selected ({selected.size})
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
