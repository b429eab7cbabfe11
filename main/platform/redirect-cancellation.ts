// Turns Electron net.fetch's "Redirect was cancelled" rejection into the core's typed redirect refusal. Must not import electron.
import type { Http } from '../core/ports';
import { RedirectRefusedError } from '../core/akool/redirect-refusal';

/**
 * With `redirect: 'manual'`, Electron's net.fetch does not resolve with the 3xx: its ClientRequest emits 'redirect',
 * nobody calls followRedirect(), so it dies with `new Error('Redirect was cancelled')` (with 'error' it dies with the
 * second message), and fetchWithSession passes that to the promise's reject (electron/electron
 * lib/browser/api/net-client-request.ts, the `_urlLoader.on('redirect', …)` handler; lib/browser/api/net-fetch.ts,
 * `r.on('error', …)`). The exact message is all there is to match.
 */
export const electronRedirectMessages: readonly string[] = [
  'Redirect was cancelled',
  "Attempted to redirect, but redirect policy was 'error'",
];

export function isElectronRedirectCancellation(error: unknown): boolean {
  return error instanceof Error && electronRedirectMessages.includes(error.message);
}

/** Wraps an Http so a cancelled redirect rejects with RedirectRefusedError; every other outcome passes through unchanged. */
export function refuseCancelledRedirects(http: Http): Http {
  return async (url, init) => {
    try {
      return await http(url, init);
    } catch (error) {
      if (isElectronRedirectCancellation(error)) throw new RedirectRefusedError();
      throw error;
    }
  };
}
