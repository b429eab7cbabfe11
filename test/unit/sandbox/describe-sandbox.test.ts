// Proves the sandbox CLI banner names the base URL and every demo credential. Must not import main/.
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../sandbox/accounts';
import { describeSandbox } from '../../sandbox/describe-sandbox';

describe('describeSandbox', () => {
  it('lists the base URL and each demo clientId with its secret and state', () => {
    const text = describeSandbox('http://127.0.0.1:4010', demoAccounts);
    expect(text).toContain('http://127.0.0.1:4010');
    for (const account of demoAccounts) {
      const row = text.split('\n').find((line) => line.startsWith(`${account.clientId} `));
      expect(row).toBeDefined();
      expect(row).toContain(account.clientSecret);
      expect(row).toContain(account.state);
    }
    expect(text).toMatch(/demo-expired .*first token expired/);
    expect(text).toMatch(/demo-renewable .*first token 3 d from exp/);
  });
});
