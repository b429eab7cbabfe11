// Shows a listed guide in the user's default browser with Electron's shell.openExternal: the only file that calls it (test/unit/security/electron-checklist.test.ts, item 11).
import { shell } from 'electron';
import { isGuideAddress } from '../core/guides/guide-pages';
import type { OpenInBrowser } from '../core/ports';

/**
 * node_modules/electron/electron.d.ts:14878 (Electron 45.4.1), interface Shell:
 * `openExternal(url: string, options?: OpenExternalOptions): Promise<void>` — "Open the given external protocol URL in
 * the desktop's default manner". The address is checked against the list again here, so nothing else reaches it even
 * if a caller in main forgets the lookup by name.
 */
export const openInBrowser: OpenInBrowser = async (url) => {
  if (!isGuideAddress(url)) throw new Error('refused an address that is not on the guide list');
  await shell.openExternal(url);
};
