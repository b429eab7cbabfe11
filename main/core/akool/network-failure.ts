// Describes a thrown fetch error by its code alone, never its message or request. Must not import electron or node:*.
import { ownField } from '../shared/json-object';

/** Node system / undici codes such as ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET. */
const codePattern = /^[A-Z][A-Z0-9_]{1,47}$/;
/** Chromium net errors as Electron's net.fetch reports them, e.g. `net::ERR_CONNECTION_REFUSED`. */
const chromiumPattern = /^net::(ERR_[A-Z0-9_]{1,60})$/;

/** A Chromium net error message is short; a longer one is not looked at. */
const maxMessageLength = 80;

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = ownField(error, 'code');
  if (typeof code === 'string' && codePattern.test(code)) return code;
  const message = error instanceof Error && error.message.length <= maxMessageLength ? error.message : null;
  const chromium = message === null ? null : chromiumPattern.exec(message);
  return chromium?.[1] ?? null;
}

/** `network error (CODE)` when a well-formed code is found on the error or its cause, else `network error`. */
export function describeNetworkError(error: unknown): string {
  const cause = typeof error === 'object' && error !== null ? ownField(error, 'cause') : undefined;
  const code = codeOf(error) ?? codeOf(cause);
  return code === null ? 'network error' : `network error (${code})`;
}
