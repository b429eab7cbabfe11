// Proves CLI integer options accept non-negative integers and reject everything else. Must not import main/.
import { describe, expect, it } from 'vitest';
import { parseIntegerOption } from '../../sandbox/integer-option';

describe('parseIntegerOption', () => {
  it('returns undefined when the option is absent', () => {
    expect(parseIntegerOption(undefined, 'port')).toBeUndefined();
  });

  it('parses a non-negative integer', () => {
    expect(parseIntegerOption('8080', 'port')).toBe(8080);
    expect(parseIntegerOption('0', 'port')).toBe(0);
  });

  it.each(['', '-1', '1.5', 'abc'])('rejects %j', (value) => {
    expect(() => parseIntegerOption(value, 'port')).toThrow(/--port must be a non-negative integer/);
  });
});
