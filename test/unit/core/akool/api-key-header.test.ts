// Proves the x-api-key header helpers: the exact copied line and which keys can travel in a header.
import { describe, expect, it } from 'vitest';
import { apiKeyHeaderLine, checkApiKeyShape, maxApiKeyLength } from '../../../../main/core/akool/api-key-header';

describe('apiKeyHeaderLine', () => {
  it('is exactly "x-api-key: <key>"', () => {
    expect(apiKeyHeaderLine('abc123')).toBe('x-api-key: abc123');
  });
});

describe('checkApiKeyShape', () => {
  it('accepts visible ASCII up to the length limit', () => {
    const longest = 'k'.repeat(maxApiKeyLength);
    expect(checkApiKeyShape(longest)).toEqual({ ok: true, key: longest });
    expect(checkApiKeyShape('A-z_0.9~!')).toEqual({ ok: true, key: 'A-z_0.9~!' });
  });

  it.each([
    [undefined, 'The API key is empty.'],
    [42, 'The API key is empty.'],
    ['', 'The API key is empty.'],
    ['k'.repeat(maxApiKeyLength + 1), 'The API key is longer than 1024 characters.'],
    [' padded', 'The API key may contain only visible ASCII characters: no spaces, line breaks or accents.'],
    ['tab\there', 'The API key may contain only visible ASCII characters: no spaces, line breaks or accents.'],
    ['nul\u0000', 'The API key may contain only visible ASCII characters: no spaces, line breaks or accents.'],
    ['ключ', 'The API key may contain only visible ASCII characters: no spaces, line breaks or accents.'],
  ])('refuses %j with a reason that never echoes it', (value, reason) => {
    const result = checkApiKeyShape(value);
    expect(result).toEqual({ ok: false, reason });
  });
});
