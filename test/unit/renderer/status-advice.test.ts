// Proves the detail pane's advice sentence: token words for client-credentials accounts, key words for API-key accounts. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { statusAdvice } from '../../../renderer/src/status-advice';

describe('statusAdvice', () => {
  it('speaks of the token for a client-credentials account and of the key for an API-key account', () => {
    expect(statusAdvice('active', { kind: 'none' }, 'client-credentials')).toBe('The token works. Copy it when a script needs it.');
    expect(statusAdvice('active', { kind: 'none' }, 'api-key')).toBe(
      'The API key works. Copy it, or its x-api-key header, when a script needs it.',
    );
    expect(statusAdvice('invalid', { kind: 'none' }, 'api-key')).toBe(
      'Akool no longer accepts this API key: replace it with a current one.',
    );
    expect(statusAdvice('banned', { kind: 'none' }, 'api-key')).toBe(statusAdvice('banned', { kind: 'none' }));
  });
});
