// Turns a failed rename, replace-secret or remove into one plain sentence at the field it concerns, the code and the vault's message behind "Details" (so nothing is said twice). Must not import React or the vault API.
import type { VaultErrorPayload } from '../../../../preload/contract';
import { errorTitle } from '../../error-text';

/** Where a sheet's error shows: next to its field, or above the buttons when it concerns no field. */
export type EditErrorPlace = 'label' | 'secret' | 'baseUrl' | 'form';

export type EditError = { place: EditErrorPlace; text: string; details: string };

/** The vault's base URL refusals (main/core/akool/base-url.ts) are sentences written for people. */
const baseUrlReason = /API address|Plain http/;

const at = (place: EditErrorPlace, text: string, error: VaultErrorPayload): EditError => ({
  place,
  text,
  details: `${error.code}: ${error.message}`,
});

/** What the user typed was refused: by the vault's checks, or by Akool. `what` names the secret: 'secret' or 'API key'. */
export function describeReplaceError(error: VaultErrorPayload, what: string): EditError {
  switch (error.code) {
    case 'invalid-credentials':
      return at('secret', `Akool did not accept this ${what}. Check it against Akool’s API Credentials page.`, error);
    case 'invalid-input':
      if (/\bbaseUrl\b/.test(error.message) || baseUrlReason.test(error.message)) {
        const text = baseUrlReason.test(error.message) ? error.message : 'Use an https:// address without a query or fragment.';
        return at('baseUrl', text, error);
      }
      return at('secret', `Paste the ${what} exactly as Akool shows it: at most 1,024 characters.`, error);
    case 'unreachable':
      return at('baseUrl', 'Akool could not be reached at this address. Check your connection, or the base URL.', error);
    case 'bad-response':
      return at('baseUrl', 'The server at this address did not answer like Akool. Check the base URL.', error);
    default:
      return at('form', `${errorTitle(error.code)}. Nothing was changed.`, error);
  }
}

export function describeRenameError(error: VaultErrorPayload): EditError {
  if (error.code === 'invalid-input') {
    return at('label', 'Use a name of at most 100 characters, without line breaks or control characters.', error);
  }
  return at('form', `${errorTitle(error.code)}. The name was not changed.`, error);
}
