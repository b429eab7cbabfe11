// Proves squeezedView keeps letters and digits, lower-cased, and line breaks, each with the index it came from.
import { describe, expect, it } from 'vitest';
import { squeezedView } from '../../../../main/node/proxy/squeezed-view';

describe('squeezedView', () => {
  it('keeps A–Z (lower-cased), a–z and 0–9 with their origins, and ends right after the last one kept', () => {
    const { text, origin } = squeezedView('-A b\u200D9é+');
    expect(text).toBe('ab9');
    expect([...origin]).toEqual([1, 3, 5, 6]);
  });

  it('keeps line breaks, so no window of letters and digits reaches across one', () => {
    const { text, origin } = squeezedView('x-b\n9w');
    expect(text).toBe('xb\n9w');
    expect([...origin]).toEqual([0, 2, 3, 4, 5, 6]);
  });

  it('maps an empty view to the end of the text', () => {
    expect([...squeezedView('+-/').origin]).toEqual([3]);
    expect(squeezedView('').text).toBe('');
  });
});
