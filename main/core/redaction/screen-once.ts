// Screens a few short texts against a secret whose pieces are not built (a token just received): the secret's forms are computed once and searched, nothing kept. Must not import electron or node:*.
import { foldAscii, squeeze } from './secret-forms';
import { formsBySize, minSecretLength } from './piece-cache';
import { WindowSet, windowHashes } from './window-set';

/** Up to this many windows in all, each is searched for in the forms natively (includes); more, and the forms are hashed once instead. */
const fewWindows = 64;

/** The distinct windows of `size` characters of `text`. */
function windowsOf(text: string, size: number): Set<string> {
  const windows = new Set<string>();
  for (let at = 0; at + size <= text.length; at += 1) windows.add(text.slice(at, at + size));
  return windows;
}

/** Whether each text shares a window with some form, by searching each window in each form: O(windows × forms), for few windows. */
function searchWindows(texts: readonly string[], size: number, sources: readonly string[]): boolean[] {
  return texts.map((text) => [...windowsOf(text, size)].some((window) => sources.some((source) => source.includes(window))));
}

/** Whether each text shares a window with some form, by hashing each form's windows once against all the texts' windows: O(texts + forms). */
function hashWindows(texts: readonly string[], size: number, sources: readonly string[]): boolean[] {
  const carries = texts.map(() => false);
  const all = new WindowSet(size, texts);
  const each = texts.map((text) => new WindowSet(size, [text]));
  for (const source of sources) {
    const hashes = windowHashes(source, size);
    for (let at = 0; at < hashes.length; at += 1) {
      const hash = hashes[at] ?? 0;
      if (all.has(source, at, hash)) each.forEach((windows, index) => (carries[index] ||= windows.has(source, at, hash)));
    }
  }
  return carries;
}

/** Marks each text that shares a window with some form of the same window size. */
function markSharing(texts: readonly string[], forms: ReadonlyMap<number, readonly string[]>, carries: boolean[]): void {
  for (const [size, sources] of forms) {
    const windows = texts.reduce((sum, text) => sum + Math.max(0, text.length - size + 1), 0);
    const found = windows <= fewWindows ? searchWindows(texts, size, sources) : hashWindows(texts, size, sources);
    found.forEach((carried, index) => (carries[index] ||= carried));
  }
}

/**
 * For each text, what secretPieceSpans(text, [secret]).length > 0 || carriesSqueezedPiece(text, [secret]) answers,
 * without building the secret's pieces: its forms are computed once and searched for all the texts together.
 * For a secret seen once against short text, like a token just received against its own claims.
 */
export function textsCarryingSecret(texts: readonly string[], secret: string): boolean[] {
  const carries = texts.map(() => false);
  if (secret.length < minSecretLength || texts.length === 0) return carries;
  const forms = formsBySize(secret);
  markSharing(texts.map(foldAscii), forms.plain, carries);
  markSharing(texts.map(squeeze), forms.squeezed, carries);
  return carries;
}
