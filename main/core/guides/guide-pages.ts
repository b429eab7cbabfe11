// The pages the window may show in the user's browser: a closed list of fixed https addresses, looked up by name. Must not import electron.
import type { GuidePage } from '../../../preload/contract';
import type { OpenInBrowser } from '../ports';
import { VaultError } from '../vault/vault-error';

/**
 * Every address akool-vault ever hands to the browser. Source of the Akool one: Akool's authentication docs, the page
 * that walks through "API Credentials" (renderer/src/components/add-account/credentials-help.tsx quotes it).
 */
export const guideAddresses: Readonly<Record<GuidePage, string>> = {
  'akool-api-credentials': 'https://docs.akool.com/authentication/usage',
};

/** True only for an address on the list, compared whole and exactly: no parsing a look-alike could bend. */
export function isGuideAddress(url: string): boolean {
  return Object.values(guideAddresses).includes(url);
}

const browserFailedText = 'The browser did not open the guide; its address is shown beside the link.';

/** Opens the named page's listed address; a failure of the browser becomes a typed error that carries no address. */
export function createGuideOpener(openInBrowser: OpenInBrowser): (page: GuidePage) => Promise<void> {
  return async (page) => {
    if (!Object.hasOwn(guideAddresses, page)) throw new VaultError('invalid-input', 'Unknown guide.');
    const address = guideAddresses[page];
    try {
      await openInBrowser(address);
    } catch {
      throw new VaultError('internal', browserFailedText);
    }
  };
}
