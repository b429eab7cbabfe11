// An exact set of the fixed-length windows of some strings, built once, asked in O(1) per window of a text through a rolling hash keyed per process. Must not import electron or node:*.

/** A random odd multiplier, drawn once per process: a server choosing its token cannot aim many windows at one bucket. */
const base = (Math.floor(Math.random() * 0x1_0000_0000) | 1) >>> 0;
/** Fibonacci hashing spreads the rolling hash over the table's index bits. */
const spread = 0x9e3779b1;

/** base^(size-1) mod 2^32: what the character leaving a window weighs in its hash. */
function leavingWeight(size: number): number {
  let weight = 1;
  for (let step = 1; step < size; step += 1) weight = Math.imul(weight, base);
  return weight;
}

/** The rolling hash of every window of `size` characters of `text`, in order (empty when the text is shorter). */
export function windowHashes(text: string, size: number): Int32Array {
  const count = text.length - size + 1;
  if (count <= 0) return new Int32Array(0);
  const hashes = new Int32Array(count);
  const leaving = leavingWeight(size);
  let hash = 0;
  for (let at = 0; at < size; at += 1) hash = (Math.imul(hash, base) + text.charCodeAt(at)) | 0;
  hashes[0] = hash;
  for (let at = 1; at < count; at += 1) {
    hash = (Math.imul(hash - Math.imul(text.charCodeAt(at - 1), leaving), base) + text.charCodeAt(at + size - 1)) | 0;
    hashes[at] = hash;
  }
  return hashes;
}

function sameWindow(left: string, leftAt: number, right: string, rightAt: number, size: number): boolean {
  for (let step = 0; step < size; step += 1) if (left.charCodeAt(leftAt + step) !== right.charCodeAt(rightAt + step)) return false;
  return true;
}

/**
 * Every window of `size` characters of every source (a source shorter than `size` adds none). Open addressing over
 * two Int32Arrays (hash, start in the joined sources + 1) at most half full: 16 to 32 bytes a window, no string each.
 * A class, so every set shares one `has` the JIT can inline.
 */
export class WindowSet {
  readonly size: number;
  private readonly corpus: string;
  private readonly shift: number;
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly hashes: Int32Array;

  constructor(size: number, sources: readonly string[]) {
    this.size = size;
    this.corpus = sources.join('');
    const windows = sources.reduce((sum, source) => sum + Math.max(0, source.length - size + 1), 0);
    let capacity = 8;
    while (capacity < windows * 2) capacity *= 2;
    this.shift = 32 - Math.log2(capacity);
    this.mask = capacity - 1;
    this.starts = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    let offset = 0;
    for (const source of sources) {
      const hashes = windowHashes(source, size);
      for (let at = 0; at < hashes.length; at += 1) this.add(offset + at, hashes[at] ?? 0);
      offset += source.length;
    }
  }

  /** True when `text`'s window at `at`, whose windowHashes entry is `hash`, is one of the set's windows, compared character by character. */
  has(text: string, at: number, hash: number): boolean {
    for (let slot = Math.imul(hash, spread) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const start = this.starts[slot] ?? 0;
      if (start === 0) return false;
      if (this.hashes[slot] === hash && sameWindow(this.corpus, start - 1, text, at, this.size)) return true;
    }
  }

  /** Adds the corpus window at `at` unless an equal one is there. */
  private add(at: number, hash: number): void {
    for (let slot = Math.imul(hash, spread) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const start = this.starts[slot] ?? 0;
      if (start === 0) {
        this.starts[slot] = at + 1;
        this.hashes[slot] = hash;
        return;
      }
      if (this.hashes[slot] === hash && sameWindow(this.corpus, start - 1, this.corpus, at, this.size)) return;
    }
  }
}
