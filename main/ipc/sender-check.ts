// Decides whether an IPC request comes from the vault's own top-level page, and the reply for one that does not. Must not import electron.
import type { Envelope } from '../../preload/contract';

/** What the check needs from Electron's WebFrameMain. */
export interface SenderFrame {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/**
 * scheme://host[:port] of a URL with a host and no credentials, else null. Computed by hand because
 * WHATWG URL gives non-special schemes such as app: an opaque origin ("null").
 */
function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True only for a top frame whose origin is exactly one of `trustedOrigins` (e.g. app://akool-vault). */
export function isTrustedSender(frame: SenderFrame | null, trustedOrigins: readonly string[]): boolean {
  if (frame === null || !frame.isMainFrame) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** The whole answer to an untrusted sender: no detail about why. */
export const untrustedSenderReply: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Request refused.' },
};
