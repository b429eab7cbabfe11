// "Where do I find these?": Akool's path to its API Credentials page, for the chosen account kind, as a disclosure. Must not import the vault API (the link does: guide-link.tsx).
// Source: Akool's authentication docs, https://docs.akool.com/authentication/usage ("Login to our website · Click API
// icon · Click 'API Credentials' to set your key pair (clientId, API Key)"; the site shows the clientSecret as "API Key").
// The window itself never navigates there (content guards deny navigation and window.open): the link asks main to show it in the browser.
import { useId, useState } from 'react';
import type { AccountKind } from '../../../../preload/contract';
import '../../styles/credentials-help.css';
import { GuideLink } from './guide-link';

/** `kind` absent (first run, nothing chosen yet): the page shows both, and either way of adding works. */
type Props = { startOpen?: boolean; kind?: AccountKind };

/** What the API Credentials page gives for each way of adding. */
function whatToCopy(kind: AccountKind | undefined) {
  if (kind === 'api-key') {
    return (
      <>
        Click <strong>API Credentials</strong> and copy the value Akool shows as <strong>API Key</strong>: paste it as
        the API key here (it is the same value as the client secret).
      </>
    );
  }
  if (kind === 'client-credentials') {
    return (
      <>
        Click <strong>API Credentials</strong>: it shows your client ID and your client secret, which Akool calls{' '}
        <strong>API Key</strong>.
      </>
    );
  }
  return (
    <>
      Click <strong>API Credentials</strong>: it shows your <strong>API Key</strong> (all you need, recommended by
      Akool) and your client ID; the API Key is also the client secret of the legacy client ID + secret way.
    </>
  );
}

export function CredentialsHelp({ startOpen = false, kind }: Props) {
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
          <li>{whatToCopy(kind)}</li>
        </ol>
        <p className="hint">
          Akool’s guide: <GuideLink />
        </p>
      </div>
    </div>
  );
}
