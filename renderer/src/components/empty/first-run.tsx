// What the window shows before the first account: one sentence, one "Add account" button and where Akool's credentials come from. Must not import the vault API.
import { useId } from 'react';
import { CredentialsHelp } from '../add-account/credentials-help';
import '../../styles/first-run.css';

type Props = { onAdd(): void };

export function FirstRun({ onAdd }: Props) {
  const headingId = useId();
  return (
    <section className="first-run" aria-labelledby={headingId} data-testid="first-run">
      <h2 id={headingId}>Keep your Akool API keys here</h2>
      <p>
        Add an Akool account with its API key (or, the legacy way, its client ID and secret). akool-vault keeps it
        encrypted on this computer, watches its status and credit, and copies the key when a script needs it.
      </p>
      <button type="button" className="primary" onClick={onAdd}>
        Add account
      </button>
      <CredentialsHelp />
    </section>
  );
}
