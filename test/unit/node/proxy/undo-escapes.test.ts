// Proves undoEscapes undoes JSON, HTML and percent escapes once, and leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import { undoEscapes } from '../../../../main/node/proxy/undo-escapes';

describe('undoEscapes', () => {
  it('undoes each escape once', () => {
    expect(undoEscapes('\\u0041\\x42\\/\\"&#x43;&#68;&#69%46%2541').text).toBe('AB/"CDEF%41');
  });

  it('leaves broken or unknown escapes, and plain text, alone', () => {
    expect(undoEscapes('\\u00g1 &#; &#xzz; %zz \\n 100% plain').text).toBe('\\u00g1 &#; &#xzz; %zz \\n 100% plain');
    expect(undoEscapes('&#1114112;').text).toBe('');
  });

  it('maps every character back to where its escape starts, and the end to the original length', () => {
    const { text, origin } = undoEscapes('a%41b&#x1F600;c');
    expect(text).toBe('aAb\u{1F600}c');
    expect([...origin]).toEqual([0, 1, 4, 5, 5, 14, 15]);
  });
});
