// Finds, in one linear pass, every place where text carries a secret or any 8-character piece of one, in any form secretForms knows. Must not import electron or node:*.
import { foldAscii } from './secret-forms';
import { windowSetsBySize } from './piece-cache';
import { windowHashes } from './window-set';

export { minSecretLength, pieceLength } from './piece-cache';

export interface Span {
  start: number;
  end: number;
}

/**
 * Spans of `text` that match a window of a secret's forms (ASCII case ignored). Each window of the text is hashed once
 * (rolling) and looked up in every secret's prebuilt set (see piecesOf): O(text × secrets), nothing rebuilt per call.
 */
export function secretPieceSpans(text: string, secrets: readonly string[]): Span[] {
  const spans: Span[] = [];
  const setsBySize = windowSetsBySize(secrets, (pieces) => pieces.plain);
  // Nothing to look for (the logger's case): no folded copy of the text is made at all.
  if (text === '' || setsBySize.size === 0) return spans;
  const folded = foldAscii(text);
  for (const [size, sets] of setsBySize) {
    windowHashes(folded, size).forEach((hash, at) => {
      if (sets.some((windows) => windows.has(folded, at, hash))) spans.push({ start: at, end: at + size });
    });
  }
  return spans;
}
