// The short excerpt of a server's message the app may show: bounded before any pattern runs, scrubbed, dropped when in doubt. Must not import electron or node:*.
import { redact, redactionMarker } from './redact';
import { collapseSpace } from './secret-forms';

/** Longer messages are no excerpt at all: no pattern ever runs on more server text than this. */
export const maxServerTextScan = 2048;
export const maxExcerptLength = 200;
/** A run this long of key-like characters may be an encoding of a secret nobody listed: it is redacted too. */
const keyLikeRun = /[A-Za-z0-9+/=_%\\-]{16,}/g;

/**
 * The message (a string of at most 2 KiB, else null) with invisible characters and whitespace runs as one space, every
 * secret and piece of one redacted (see redact) before and after that, long key-like runs redacted, and cut to 200
 * characters ('…' last when cut). Null when nothing readable is left.
 */
export function serverExcerpt(message: unknown, secrets: readonly string[]): string | null {
  if (typeof message !== 'string' || message.length > maxServerTextScan) return null;
  const plain = redact(collapseSpace(redact(message, secrets)).trim(), secrets).replace(keyLikeRun, redactionMarker);
  const characters = Array.from(plain);
  if (characters.length === 0 || plain.split(redactionMarker).join('').trim() === '') return null;
  if (characters.length <= maxExcerptLength) return plain;
  return `${characters.slice(0, maxExcerptLength - 1).join('')}…`;
}
