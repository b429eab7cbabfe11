// Settings › Command line: "Install command-line tool" copies `akool-vault` where a terminal finds it, and says where and whether PATH has it. Must not touch window.vault except through api.ts.
import { useState } from 'react';
import { installCli } from '../../approval/cli-api';
import { describeError } from '../../error-text';
import { BusyButton } from '../shell/busy-button';

type Outcome = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function CliInstallSection() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const install = async (): Promise<void> => {
    setBusy(true);
    const result = await installCli();
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'failed', text: describeError(result.error) });
    const { command, binDir, onPath } = result.data;
    const path = onPath ? '' : ` Add ${binDir} to your PATH to run it by name.`;
    setOutcome({ kind: 'done', text: `Installed ${command}.${path} Install again after updating akool-vault.` });
  };
  return (
    <>
      <p>
        <code>akool-vault</code> lets scripts use your accounts without holding their secrets (it needs Node 20 or later).
      </p>
      <BusyButton busy={busy} onClick={() => void install()}>
        Install command-line tool
      </BusyButton>
      <p aria-live="polite" data-testid="cli-install-status" className={outcome.kind === 'failed' ? 'problem' : undefined}>
        {outcome.kind === 'idle' ? '' : outcome.text}
      </p>
    </>
  );
}
