// Proves undoEscapes undoes JSON, HTML and percent escapes once, and leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import { undoEscapes } from '../../../../main/node/proxy/undo-escapes';

describe('undoEscapes', () => {
  it('undoes each escape once', () => {
    expect(undoEscapes('\\u0041\\x42\\/\\"&#x43;&#68;&#69%46%2541')).toBe('AB/"CDEF%41');
  });

  it('leaves broken or unknown escapes, and plain text, alone', () => {
    expect(undoEscapes('\\u00g1 &#; &#xzz; %zz \\n 100% plain')).toBe('\\u00g1 &#; &#xzz; %zz \\n 100% plain');
    expect(undoEscapes('&#1114112;')).toBe('');
  });
});
