// "Where do I find these?": Akool's path to its API Credentials page, as a disclosure. Must not import the vault API.
// Source: Akool's authentication docs, https://docs.akool.com/authentication/usage ("Login to our website · Click API
// icon · Click 'API Credentials' to set your key pair (clientId, API Key)"; the site shows the clientSecret as "API Key").
// The window may not open other pages (content guards deny navigation and window.open), so the address is plain text.
import { useId, useState } from 'react';
import '../../styles/credentials-help.css';

export const akoolDocsAddress = 'docs.akool.com/authentication/usage';

type Props = { startOpen?: boolean };

export function CredentialsHelp({ startOpen = false }: Props) {
  const [open, setOpen] = useState(startOpen);
  const stepsId = useId();
  return (
    <div className="credentials-help">
      <button
        type="button"
        className="credentials-toggle"
        aria-expanded={open}
        aria-controls={stepsId}
        onClick={() => setOpen((shown) => !shown)}
      >
        Where do I find these?
      </button>
      <div id={stepsId} className="credentials-steps" hidden={!open}>
        <ol>
          <li>Sign in at akool.com.</li>
          <li>Click the API icon at the top of the page.</li>
          <li>
            Click <strong>API Credentials</strong>: it shows your client ID and your client secret, which Akool calls{' '}
            <strong>API Key</strong>.
          </li>
        </ol>
        <p className="hint">
          Akool’s guide: <span className="mono">{akoolDocsAddress}</span>
        </p>
      </div>
    </div>
  );
}
