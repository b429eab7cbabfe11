// The short excerpt of a server's message the app may show: bounded before any pattern runs, scrubbed, dropped when in doubt. Must not import electron or node:*.
import { redact, redactionMarker } from './redact';
import { collapseSpace } from './secret-forms';
import { carriesSqueezedPiece } from './squeezed-pieces';

/** Longer messages are no excerpt at all: no pattern ever runs on more server text than this. */
export const maxServerTextScan = 2048;
export const maxExcerptLength = 200;
/** A run this long of key-like characters may be an encoding of a secret nobody listed: it is redacted too. */
const keyLikeRun = /[A-Za-z0-9+/=_%\\-]{16,}/g;
/** Anything but printable ASCII, space, tab and line breaks: invisible joiners, bidi controls, lookalike letters. */
const outsidePlainText = /[^\x20-\x7E\t\n\r]/;
/** An encoding a reader could undo: HTML entities (`&#90;`, `&amp;`), percent escapes, `\u` and `\x` escapes. */
const escapeMarker = /&#|&[A-Za-z]+;|%[0-9A-Fa-f]{2}|\\[ux]/i;

/** True when the excerpt must go whole: text we cannot read plainly, or a secret hidden by separators (see carriesSqueezedPiece). */
function inDoubt(message: string, secrets: readonly string[]): boolean {
  return outsidePlainText.test(message) || escapeMarker.test(message) || carriesSqueezedPiece(message, secrets);
}

/**
 * The message (a string of at most 2 KiB, else null) when it is plain printable ASCII with no escapes and no piece of
 * a secret even among its letters and digits alone; with whitespace runs as one space, JWTs, credential values and long
 * key-like runs redacted, and cut to 200 characters ('…' last when cut). Null when in doubt or nothing readable is left.
 */
export function serverExcerpt(message: unknown, secrets: readonly string[]): string | null {
  if (typeof message !== 'string' || message.length > maxServerTextScan || inDoubt(message, secrets)) return null;
  const plain = redact(collapseSpace(redact(message, secrets)).trim(), secrets).replace(keyLikeRun, redactionMarker);
  // Empty, or only redactions and spaces: nothing readable is left.
  if (plain.split(redactionMarker).join('').trim() === '') return null;
  const characters = Array.from(plain);
  if (characters.length <= maxExcerptLength) return plain;
  return `${characters.slice(0, maxExcerptLength - 1).join('')}…`;
}
