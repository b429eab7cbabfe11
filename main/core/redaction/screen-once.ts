// Screens a few short texts against a secret whose pieces are not built (a token just received): the texts' windows are indexed and the secret's forms scanned, nothing kept. Must not import electron or node:*.
import { foldAscii, squeeze } from './secret-forms';
import { formsBySize, minSecretLength, type FormsBySize } from './piece-cache';
import { buildWindowSet, windowHashes } from './window-set';

/** True when a window of some form is a window of `text` of the same size: the text's windows are the set, the forms are scanned. */
function sharesWindow(text: string, forms: ReadonlyMap<number, readonly string[]>): boolean {
  for (const [size, sources] of forms) {
    const windows = buildWindowSet(size, [text]);
    for (const source of sources) {
      const hashes = windowHashes(source, size);
      for (let at = 0; at < hashes.length; at += 1) if (windows.has(source, at, hashes[at] ?? 0)) return true;
    }
  }
  return false;
}

/**
 * A test of text against `secret` that answers as secretPieceSpans(text, [secret]).length > 0 ||
 * carriesSqueezedPiece(text, [secret]) would, without building the secret's pieces: the forms are computed once, on
 * the first text, and each text costs O(text + forms). For a secret seen once against short text, like a token's claims.
 */
export function screenOnce(secret: string): (text: string) => boolean {
  if (secret.length < minSecretLength) return () => false;
  let forms: FormsBySize | null = null;
  return (text) => {
    forms ??= formsBySize(secret);
    return sharesWindow(foldAscii(text), forms.plain) || sharesWindow(squeeze(text), forms.squeezed);
  };
}
