// Proves the vault file's base URLs are normalized and checked at start: a bad one keeps its account, marked changed outside akool-vault.
import { describe, expect, it } from 'vitest';
import { toAccountView } from '../../../../main/core/accounts/account-view';
import { checkedBaseUrl } from '../../../../main/core/accounts/stored-base-urls';
import { emptyVaultDocument, vaultDocumentSchema } from '../../../../main/core/vault/vault-document';

const record = (baseUrl: string) => ({
  id: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
  label: 'Main',
  clientId: 'client-1',
  baseUrl,
  createdAt: 1,
  token: { fingerprint: 'ab12cd34', expiresAt: null, issuedAt: null, email: null, uid: null },
  status: { result: 'active', problem: null, credit: 7, checkedAt: 1 },
});

const read = (baseUrl: string) => {
  const [account] = vaultDocumentSchema.parse({ ...emptyVaultDocument, accounts: [record(baseUrl)] }).accounts;
  if (account === undefined) throw new Error('account lost');
  return checkedBaseUrl(account, 9);
};

describe('base URLs in the vault file', () => {
  it.each([
    ['https://OpenAPI.akool.com/', 'https://openapi.akool.com'],
    ['https://openapi.\u0430kool.com', 'https://openapi.xn--kool-43d.com'],
    ['http://127.0.0.1:4010//', 'http://127.0.0.1:4010'],
  ])('normalizes %j to %j and leaves the status alone', (stored, url) => {
    expect(read(stored)).toMatchObject({ baseUrl: url, status: { result: 'active', credit: 7, checkedAt: 1 } });
  });

  it('returns a record already in normal form as the same object, so nothing is written', () => {
    const [account] = vaultDocumentSchema.parse({ ...emptyVaultDocument, accounts: [record('https://openapi.akool.com')] }).accounts;
    if (account === undefined) throw new Error('account lost');
    expect(checkedBaseUrl(account, 9)).toBe(account);
  });

  it.each(['http://example.com', 'https://user:pw@openapi.akool.com', 'https://openapi.akool.com/?to=x', 'ftp://openapi.akool.com', 'openapi.akool.com', '   '])(
    'keeps the account with %j as it is, marked changed outside akool-vault',
    (stored) => {
      const account = read(stored);
      expect(account).toMatchObject({ baseUrl: stored, status: { result: 'record-changed', problem: 'record-changed', credit: 7, checkedAt: 9 } });
      expect(toAccountView(account, 10)).toMatchObject({ status: 'record-changed', problem: expect.stringMatching(/changed outside akool-vault/) });
    },
  );

  it('shows a look-alike host beside its ASCII form', () => {
    expect(toAccountView(read('https://openapi.\u0430kool.com'), 10)).toMatchObject({
      baseUrl: 'https://openapi.xn--kool-43d.com',
      baseUrlUnicode: 'https://openapi.\u0430kool.com',
    });
  });
});
