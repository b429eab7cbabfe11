// Finds, in one linear pass, every place where text carries a secret or any 8-character piece of one, in any form secretForms knows. Must not import electron or node:*.
import { foldAscii, secretForms } from './secret-forms';

export interface Span {
  start: number;
  end: number;
}

/** A piece this long of any form of a secret counts as the secret; shorter secrets count whole. */
export const pieceLength = 8;
/** Secrets shorter than this are ignored: they would match ordinary words. */
export const minSecretLength = 4;

/** Window length → every window of that length of every form of every secret. */
function windowsByLength(secrets: readonly string[]): Map<number, Set<string>> {
  const byLength = new Map<number, Set<string>>();
  for (const secret of new Set(secrets)) {
    if (secret.length < minSecretLength) continue;
    for (const form of secretForms(secret)) {
      const size = Math.min(pieceLength, form.length);
      const windows = byLength.get(size) ?? new Set<string>();
      byLength.set(size, windows);
      for (let at = 0; at + size <= form.length; at += 1) windows.add(form.slice(at, at + size));
    }
  }
  return byLength;
}

/**
 * Spans of `text` that match a window of a secret's forms (ASCII case ignored). Builds a set of windows, then checks
 * each window of the text once: O(text × pieceLength + total secret length), whatever the text holds.
 */
export function secretPieceSpans(text: string, secrets: readonly string[]): Span[] {
  const spans: Span[] = [];
  if (text === '') return spans;
  const folded = foldAscii(text);
  for (const [size, windows] of windowsByLength(secrets)) {
    for (let at = 0; at + size <= folded.length; at += 1) {
      if (windows.has(folded.slice(at, at + size))) spans.push({ start: at, end: at + size });
    }
  }
  return spans;
}
