// Proves the client's memory of sent secrets keeps the most recent ones, each once, up to its limit.
import { describe, expect, it } from 'vitest';
import { createSentSecrets } from '../../../../main/core/redaction/sent-secrets';

describe('createSentSecrets', () => {
  it('keeps each value once, most recent last, dropping the oldest beyond the limit', () => {
    const sent = createSentSecrets(3);
    for (const value of ['a', 'b', 'a', 'c', 'd']) sent.remember(value);
    expect(sent.all()).toEqual(['a', 'c', 'd']);
  });
});
