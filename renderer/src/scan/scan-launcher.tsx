// The settings entry "Scan a folder…": opens the scan dialog. Must not import the vault API.
import { useState } from 'react';
import { ScanDialog } from './scan-dialog';

export function ScanLauncher() {
  const [open, setOpen] = useState(false);
  return (
    <div className="field">
      <button type="button" onClick={() => setOpen(true)}>
        Scan a folder…
      </button>
      <p className="hint">Finds Akool secrets in a project (source, .env, built output, git history) and imports the working ones.</p>
      {open && <ScanDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
