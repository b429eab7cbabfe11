// What the window shows before the first account: one sentence that points at the top bar's one "Add account" button (and Ctrl/Cmd+N), and where Akool's credentials come from. Must not import the vault API.
import { useId } from 'react';
import { CredentialsHelp } from '../add-account/credentials-help';
import '../../styles/first-run.css';

export function FirstRun() {
  const headingId = useId();
  return (
    <section className="first-run" aria-labelledby={headingId} data-testid="first-run">
      <h2 id={headingId}>Keep your Akool API keys here</h2>
      <p>
        Add an Akool account with its API key (or, the legacy way, its client ID and secret): use{' '}
        <strong>+ Add account</strong> at the top. akool-vault keeps it encrypted on this computer, watches its status
        and credit, and copies the key when a script needs it.
      </p>
      <CredentialsHelp />
    </section>
  );
}
