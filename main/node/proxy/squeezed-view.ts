// The letters and digits of a text, lower-cased, and its line breaks, with where each came from: finds a secret a server spelled out with separators, so it is replaced where it stands. Must not import electron.
import type { UnescapedText } from './undo-escapes';

/**
 * Only A–Z (lower-cased), a–z and 0–9, as squeeze() keeps them, and line breaks, which no piece of a secret holds: a
 * span never joins one header line to the next (a name's last letter read as the secret's, the line break eaten, the
 * header lines out of step). origin[i]: the i-th kept character's index, origin[length]: the end.
 */
export function squeezedView(text: string): UnescapedText {
  const origin = new Int32Array(text.length + 1);
  const kept = new Uint8Array(text.length);
  let length = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39) || code === 0x0a) {
      origin[length] = at;
      kept[length] = lower;
      length += 1;
    }
  }
  // A span ending after the last kept character ends right after it in the original.
  origin[length] = length === 0 ? text.length : (origin[length - 1] ?? 0) + 1;
  return { text: new TextDecoder('ascii').decode(kept.subarray(0, length)), origin: origin.subarray(0, length + 1) };
}
