// Http port over Electron's fetch in a private in-memory session: Chromium network stack and system proxy, nothing on disk. Must not import core services.
import { session } from 'electron';
import type { Http } from '../core/ports';
import { isFetchableUrl } from './fetch-url-policy';
import { refuseCancelledRedirects } from './redirect-cancellation';

/** In-memory (no "persist:" prefix): no disk cache, no cookie jar on disk, nothing shared with the window's session. */
const apiPartition = 'akool-api';

/** Must run after app ready. A redirect rejects with RedirectRefusedError (see redirect-cancellation.ts). */
export function createNetHttp(): Http {
  const apiSession = session.fromPartition(apiPartition, { cache: false });
  return refuseCancelledRedirects(async (url, init) => {
    if (!isFetchableUrl(url)) throw new TypeError('Refused to request a URL that is neither https nor http on this computer.');
    return apiSession.fetch(url, { ...init, credentials: 'omit', bypassCustomProtocolHandlers: true });
  });
}
