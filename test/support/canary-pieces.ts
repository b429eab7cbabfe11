// Finds a canary leaked even in pieces: no run of 6 of its characters may appear (12 in files on disk), as is or base64/base64url/hex encoded. Must not import main/.
import { Buffer } from 'node:buffer';

/** The shortest run of a canary's characters that counts as a leak. */
export const pieceLength = 6;
/**
 * The same for the data directory, which holds kilobytes of random base64 and hex by construction (ciphertexts, the
 * marker's HMAC and digests, the key file): 6 random characters (36 bits) turn up there by chance about one CI run in
 * twenty (ci11), 12 (72 bits) practically never, while a real leak to disk writes the whole value.
 */
export const diskPieceLength = 12;
/** How many characters of a canary's secret part a run reaching back into its public prefix must hold to count. */
const minSecretChars = 4;

/**
 * A form a leaked value can take: how `n` ASCII characters of the value widen (`width`), and how many leading encoded
 * characters depend only on the first `n` characters (`settled`).
 */
type Form = { encode: (text: string) => string; width: (n: number) => number; settled: (n: number) => number };

const base64Width = (n: number): number => Math.ceil((n * 4) / 3);
const base64Settled = (n: number): number => Math.floor((n * 4) / 3);
const forms: readonly Form[] = [
  { encode: (text) => text, width: (n) => n, settled: (n) => n },
  { encode: (text) => Buffer.from(text).toString('base64'), width: base64Width, settled: base64Settled },
  { encode: (text) => Buffer.from(text).toString('base64url'), width: base64Width, settled: base64Settled },
  { encode: (text) => Buffer.from(text).toString('hex'), width: (n) => n * 2, settled: (n) => n * 2 },
];

/**
 * The part of a test value that is not secret: a JWT's header segment, its dot and the `eyJ` every JSON payload
 * starts with (the same for every HS256 token), or a test canary's readable `canary-…-` label. Runs lying wholly
 * inside it do not count as a leak.
 */
export function publicPrefix(value: string): string {
  const jwtHeader = /^([\w-]+\.(?:eyJ)?)[\w-]+\.[\w-]*$/.exec(value)?.[1];
  if (jwtHeader !== undefined) return jwtHeader;
  return /^canary(?:-[a-z]+)*-/.exec(value)?.[0] ?? '';
}

/** Every run of `length` characters of `value` (in each form) that reaches into its secret part. */
export function canaryPieces(value: string, length = pieceLength): string[] {
  const prefix = publicPrefix(value);
  const pieces = new Set<string>();
  for (const form of forms) {
    const encoded = form.encode(value);
    const width = Math.min(form.width(length), encoded.length);
    // A window counts once it carries `minSecretChars` characters past what the public prefix alone decides. Not
    // fewer: a window holding the label's tail and one or two random characters is a chance match waiting to happen
    // ("cret-f" of canary-secret-f… is in the page's own `secret-field` class, 1 run in 16), while 4 hex characters
    // are 16 random bits, and a longer real leak still holds the windows wholly inside the secret part.
    const publicChars = form.settled(prefix.length);
    const firstStart = Math.max(0, publicChars + form.width(minSecretChars) - width);
    for (let start = firstStart; start + width <= encoded.length; start += 1) {
      pieces.add(encoded.slice(start, start + width));
    }
  }
  return [...pieces];
}

/**
 * Where a piece of one of `values` occurs in `text`, or null. The answer names the canary only by its index and the
 * piece's offset in the text, so a failing test never prints the secret.
 */
export function findCanaryPiece(text: string, values: readonly string[], length = pieceLength): string | null {
  for (const [index, value] of values.entries()) {
    for (const piece of canaryPieces(value, length)) {
      const at = text.indexOf(piece);
      if (at !== -1) return `a ${piece.length}-character piece of canary #${index} at offset ${at}`;
    }
  }
  return null;
}

/** True when `text` holds any run of 6 characters of any of `values`, in any of the forms. */
export const leaksPiece = (text: string, values: readonly string[]): boolean => findCanaryPiece(text, values) !== null;

/** True when the data directory's text holds any run of 12 characters of any of `values`, in any of the forms. */
export const leaksOnDisk = (diskText: string, values: readonly string[]): boolean => findCanaryPiece(diskText, values, diskPieceLength) !== null;
