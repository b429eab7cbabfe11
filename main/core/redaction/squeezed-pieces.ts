// Finds a secret hidden by separators: compares only the letters and digits of text and of every secret form, in one linear pass. Must not import electron or node:*.
import { minSecretLength } from './secret-pieces';
import { secretForms } from './secret-forms';

/** A run this long of a form's letters and digits, found among the text's letters and digits, counts as the secret. */
export const squeezedPieceLength = 8;

const asciiText = new TextDecoder('ascii');

/** Only A–Z, a–z and 0–9, lower-cased: `Zx9-Q k2&#8203;L` becomes `zx9qk2l`. One pass over the char codes into one buffer. */
export function squeeze(text: string): string {
  const kept = new Uint8Array(text.length);
  let length = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0x41 && code <= 0x5a) kept[length++] = code + 0x20;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) kept[length++] = code;
  }
  return asciiText.decode(kept.subarray(0, length));
}

/** Window length → every window of that length of every squeezed form of every secret. */
function squeezedWindows(secrets: readonly string[]): Map<number, Set<string>> {
  const byLength = new Map<number, Set<string>>();
  for (const secret of new Set(secrets)) {
    if (secret.length < minSecretLength) continue;
    for (const form of new Set(secretForms(secret).map(squeeze))) {
      if (form.length < minSecretLength) continue;
      const size = Math.min(squeezedPieceLength, form.length);
      const windows = byLength.get(size) ?? new Set<string>();
      byLength.set(size, windows);
      for (let at = 0; at + size <= form.length; at += 1) windows.add(form.slice(at, at + size));
    }
  }
  return byLength;
}

/**
 * True when the letters and digits of `text`, read without anything between them, hold 8 in a row of any form of a
 * secret (all of a shorter one): chunks, one character at a time, invisible joiners. O(text × 8 + total secret length).
 */
export function carriesSqueezedPiece(text: string, secrets: readonly string[]): boolean {
  const squeezed = squeeze(text);
  for (const [size, windows] of squeezedWindows(secrets)) {
    for (let at = 0; at + size <= squeezed.length; at += 1) if (windows.has(squeezed.slice(at, at + size))) return true;
  }
  return false;
}
