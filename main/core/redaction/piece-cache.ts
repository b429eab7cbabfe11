// Each secret's pieces (the windows of its forms, plain and squeezed), built once, the first time text is scrubbed of it, and kept for the most recently used. Must not import electron or node:*.
import { secretForms, squeeze } from './secret-forms';
import { WindowSet } from './window-set';

/** A piece this long of any form of a secret counts as the secret; shorter secrets count whole. */
export const pieceLength = 8;
/** A run this long of a form's letters and digits, found among the text's letters and digits, counts as the secret. */
export const squeezedPieceLength = 8;
/** Secrets shorter than this are ignored: they would match ordinary words. */
export const minSecretLength = 4;
/**
 * Secrets whose pieces are kept: the client's 16 remembered secrets, the few an account hides, and the token being
 * screened, with room to spare — twice over, because an LRU cycled through by one secret more than it holds misses on
 * every call, and a miss rebuilds that secret's pieces. With tokens at most 4 KiB
 * (checkTokenShape) and secrets at most 1 KiB (the contract), the total is bounded: a 4 KiB token of the worst
 * printable characters has about 130,000 windows, about 2 MB; a real Akool JWT or key, a small fraction of that.
 */
export const keptSecrets = 64;

/** One window set per window length (the length is the piece length, or a whole form when shorter). */
export type WindowSets = readonly WindowSet[];

/** The windows of every form of FormsBySize, in one set per window size. */
export interface SecretPieces {
  plain: WindowSets;
  squeezed: WindowSets;
}

/** A secret's forms by window size: min(piece length, form length), so every form has windows (a short form, itself). */
export interface FormsBySize {
  /** Every form (secretForms folds them to lower case). */
  plain: ReadonlyMap<number, readonly string[]>;
  /** Every form's letters and digits alone (see squeeze); forms with fewer than 4 are left out. */
  squeezed: ReadonlyMap<number, readonly string[]>;
}

function bySize(forms: readonly string[], length: number): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const form of forms) {
    const size = Math.min(length, form.length);
    grouped.set(size, [...(grouped.get(size) ?? []), form]);
  }
  return grouped;
}

export function formsBySize(secret: string): FormsBySize {
  const forms = secretForms(secret);
  const squeezed = [...new Set(forms.map(squeeze))].filter((form) => form.length >= minSecretLength);
  return { plain: bySize(forms, pieceLength), squeezed: bySize(squeezed, squeezedPieceLength) };
}

const windowSets = (forms: ReadonlyMap<number, readonly string[]>): WindowSet[] =>
  [...forms].map(([size, sources]) => new WindowSet(size, sources));

function buildPieces(secret: string): SecretPieces {
  const forms = formsBySize(secret);
  return { plain: windowSets(forms.plain), squeezed: windowSets(forms.squeezed) };
}

const kept = new Map<string, SecretPieces>();

/** The secret's pieces: built on first use, then reused while it stays among the `keptSecrets` most recently used. */
export function piecesOf(secret: string): SecretPieces {
  const found = kept.get(secret);
  if (found !== undefined) {
    kept.delete(secret);
    kept.set(secret, found);
    return found;
  }
  const built = buildPieces(secret);
  kept.set(secret, built);
  for (const oldest of kept.keys()) {
    if (kept.size <= keptSecrets) break;
    kept.delete(oldest);
  }
  return built;
}

/** Window size → the window sets of that size of every secret of 4+ characters, each secret's pieces built once. */
export function windowSetsBySize(secrets: readonly string[], pick: (pieces: SecretPieces) => WindowSets): Map<number, WindowSet[]> {
  const bySize = new Map<number, WindowSet[]>();
  for (const secret of new Set(secrets)) {
    if (secret.length < minSecretLength) continue;
    for (const windows of pick(piecesOf(secret))) bySize.set(windows.size, [...(bySize.get(windows.size) ?? []), windows]);
  }
  return bySize;
}
