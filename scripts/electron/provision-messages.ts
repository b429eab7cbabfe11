// The one-line texts the install step and `npm start`/`npm run dev` print about the Electron binary. Must not import electron.
import type { Provision } from './provision';
import { withoutUrlCredentials } from './url-credentials';

const howToProceed =
  'use "npm run demo" (the same UI in Chromium, against the sandbox), or set ELECTRON_MIRROR (a reachable mirror) or ELECTRON_OVERRIDE_DIST_PATH (a folder holding Electron)';

/** What `npm install`/`npm ci` print: never an error, the install goes on. No URL credentials, whatever the reason holds. */
export function postinstallLine(result: Provision): string {
  return withoutUrlCredentials(postinstallText(result));
}

function postinstallText(result: Provision): string {
  switch (result.state) {
    case 'present':
      return `akool-vault: Electron binary ready (${result.path}).`;
    case 'downloaded':
      return `akool-vault: Electron binary downloaded (${result.path}).`;
    case 'skipped':
      return `akool-vault: Electron binary not downloaded (${result.reason}); npm start will fetch it, or ${howToProceed}.`;
    case 'failed':
      return `akool-vault: Electron binary not provisioned, ${result.reason}. The install goes on; npm start will try again, or ${howToProceed}.`;
  }
}

/** What `npm start`/`npm run dev` print when there is no binary to launch; no URL credentials. */
export function cannotStartLine(reason: string): string {
  return withoutUrlCredentials(`akool-vault: cannot start, no Electron binary: ${reason}. Instead, ${howToProceed}.`);
}
