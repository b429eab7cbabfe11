// Finds a secret hidden by separators: compares only the letters and digits of text and of every secret form, in one linear pass. Must not import electron or node:*.
import { squeeze } from './secret-forms';
import { windowSetsBySize } from './piece-cache';
import { windowHashes } from './window-set';

export { squeezedPieceLength } from './piece-cache';
export { squeeze } from './secret-forms';

/**
 * True when the letters and digits of `text`, read without anything between them, hold 8 in a row of any form of a
 * secret (all of a shorter one): chunks, one character at a time, invisible joiners. O(text × secrets), each secret's
 * squeezed windows built once (see piecesOf).
 */
export function carriesSqueezedPiece(text: string, secrets: readonly string[]): boolean {
  const squeezed = squeeze(text);
  for (const [size, sets] of windowSetsBySize(secrets, (pieces) => pieces.squeezed)) {
    const hashes = windowHashes(squeezed, size);
    for (let at = 0; at < hashes.length; at += 1) {
      const hash = hashes[at] ?? 0;
      if (sets.some((windows) => windows.has(squeezed, at, hash))) return true;
    }
  }
  return false;
}
