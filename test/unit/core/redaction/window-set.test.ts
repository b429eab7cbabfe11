// Proves WindowSet holds exactly the windows of its sources (no window across two sources, none shorter) and windowHashes rolls like hashing each window alone.
import { describe, expect, it } from 'vitest';
import { WindowSet, windowHashes } from '../../../../main/core/redaction/window-set';

/** Whether `set` holds `window`, asked as the set is asked: by its hash among a text's windows. */
const holds = (set: WindowSet, window: string): boolean => set.has(window, 0, windowHashes(window, set.size)[0] ?? 0);

describe('windowHashes', () => {
  it('gives each window the hash it has alone, whatever came before it', () => {
    const text = 'zx9qk2lm7pw4rt8yv3nb6hc1jd5\u00e9\u{1F600}';
    const rolled = windowHashes(text, 8);
    expect(rolled).toHaveLength(text.length - 7);
    rolled.forEach((hash, at) => expect(hash, String(at)).toBe(windowHashes(text.slice(at, at + 8), 8)[0]));
  });

  it('has no window for text shorter than the size', () => {
    expect(windowHashes('abcdefg', 8)).toHaveLength(0);
  });
});

describe('WindowSet', () => {
  const set = new WindowSet(8, ['abcdefghij', '0123456789']);

  it('holds every window of every source', () => {
    for (const window of ['abcdefgh', 'bcdefghi', 'cdefghij', '01234567', '12345678', '23456789']) expect(holds(set, window), window).toBe(true);
  });

  it('holds no window that crosses from one source into the next, and nothing else', () => {
    for (const window of ['defghij0', 'hij01234', 'abcdefgi', 'ABCDEFGH', '1234567']) expect(holds(set, window), window).toBe(false);
  });

  it('answers by the characters, not the hash alone: a window with the same hash is compared in full', () => {
    const text = 'xxabcdefghxx';
    const hashOfOther = windowHashes('zzzzzzzz', 8)[0] ?? 0;
    expect(set.has(text, 2, windowHashes(text, 8)[2] ?? 0)).toBe(true);
    expect(set.has(text, 2, hashOfOther)).toBe(false);
  });

  it('keeps repeated windows once and still finds them, in a table far larger than a few slots', () => {
    const sources = Array.from({ length: 50 }, (_, index) => `${'ab'.repeat(40)}${index.toString(36).padStart(8, '-')}`);
    const many = new WindowSet(8, sources);
    for (const source of sources) expect(holds(many, source.slice(-8)), source.slice(-8)).toBe(true);
    expect(holds(many, 'abababab')).toBe(true);
    expect(holds(many, 'babababa')).toBe(true);
    expect(holds(many, 'abababac')).toBe(false);
  });

  it('works for short windows (a secret shorter than a piece counts whole)', () => {
    const short = new WindowSet(5, ['s3cr7']);
    expect(holds(short, 's3cr7')).toBe(true);
    expect(holds(short, 's3cr8')).toBe(false);
  });
});
