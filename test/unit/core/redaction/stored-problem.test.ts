// Proves the stored problem is read as one of our codes only: text written into the file, by the server or another program, is never kept.
import { describe, expect, it } from 'vitest';
import { storedProblemCode } from '../../../../main/core/redaction/stored-problem';
import { emptyVaultDocument, vaultDocumentSchema } from '../../../../main/core/vault/vault-document';

describe('storedProblemCode', () => {
  it.each(['akool:1101', 'akool:-7', 'unreachable', 'bad-response', 'record-changed'] as const)('keeps our code %j', (code) => {
    expect(storedProblemCode(code)).toBe(code);
  });

  it.each([
    ['Akool rejected the token as invalid or expired (code 1101). Akool said: token eyJx.y.z bad', 'akool:1101'],
    ['Akool reports this account as banned (code 1200). Akool said: secret s3cr3t', 'akool:1200'],
    ['Akool answered code 4242: your secret is s3cr3t', 'akool:4242'],
    ['Akool answered code -7.', 'akool:-7'],
    ['Could not reach the Akool API: HTTP 502.', 'unreachable'],
    ['The Akool API gave an answer akool-vault cannot use: the answer is not JSON.', 'bad-response'],
    ["This account's base URL, client ID or stored secrets were changed outside akool-vault, so akool-vault sent nothing.", 'record-changed'],
  ] as const)('reads an older version\'s sentence %j as the code it named', (stored, code) => {
    expect(storedProblemCode(stored)).toBe(code);
  });

  it.each([
    null,
    'Akool moved to https://openapi.example.net; use Replace secret → Advanced.',
    'No token is stored for this account; replace its secret.',
    'akool:12x',
    ' unreachable',
    'unreachable\n',
    'x'.repeat(601),
  ])('keeps no text of %j', (stored) => {
    expect(storedProblemCode(stored)).toBeNull();
  });

  it('applies when the vault file is read, so text written into the file never reaches the window', () => {
    const record = {
      id: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
      label: 'Main',
      clientId: 'client-1',
      baseUrl: 'https://openapi.akool.com',
      createdAt: 1,
      token: { fingerprint: 'ab12cd34', expiresAt: null, issuedAt: null, email: null, uid: null },
      status: { result: 'error', problem: 'Akool moved to https://openapi.example.net; use Replace secret → Advanced.', credit: null, checkedAt: 1 },
    };
    const parsed = vaultDocumentSchema.parse({ ...emptyVaultDocument, accounts: [record] });
    expect(parsed.accounts[0]?.status.problem).toBeNull();
  });
});
