// Proves the vault file's credit fields never break a load: junk history, state or override is dropped, usable data kept.
import { describe, expect, it } from 'vitest';
import { emptyVaultDocument, vaultDocumentSchema } from '../../../../main/core/vault/vault-document';
import { accountRecord } from '../../../support/account-views';

const withRecordFields = (fields: Record<string, unknown>) => ({
  ...emptyVaultDocument,
  accounts: [{ ...accountRecord('active', 100), ...fields }],
});

describe('vault document credit fields', () => {
  it('opens a file written before them: no history, state or override, and the warning off', () => {
    const { settings: _settings, ...rest } = emptyVaultDocument;
    const parsed = vaultDocumentSchema.parse({ ...rest, settings: {}, accounts: [accountRecord('active', 100)] });
    expect(parsed.settings.lowCreditThreshold).toBeNull();
    expect(parsed.accounts[0]).not.toHaveProperty('creditHistory');
    expect(parsed.accounts[0]?.lowCreditThreshold).toBeUndefined();
  });

  it.each([
    ['a string history', { creditHistory: 'junk' }],
    ['a history of junk entries', { creditHistory: [null, 7, { at: 'x', credit: 1 }, { at: -1, credit: 2 }] }],
    ['an unknown low-credit level', { lowCredit: { level: 'very-very-low' } }],
    ['a negative override', { lowCreditThreshold: -5 }],
    ['a string override', { lowCreditThreshold: 'off' }],
  ])('loads %s without losing the account', (_name, fields) => {
    const parsed = vaultDocumentSchema.parse(withRecordFields(fields));
    const [record] = parsed.accounts;
    expect(record?.label).toBe('Main');
    expect(record?.creditHistory ?? []).toEqual([]);
    expect(record?.lowCredit).toBeUndefined();
    expect(record?.lowCreditThreshold).toBeUndefined();
  });

  it('keeps usable samples in order and drops the unusable ones among them', () => {
    const history = [{ at: 1000, credit: 9 }, { at: 'bad', credit: 8 }, { at: 3_600_000 * 2, credit: 7 }];
    const parsed = vaultDocumentSchema.parse(withRecordFields({ creditHistory: history, lowCredit: { level: 'below' }, lowCreditThreshold: null }));
    expect(parsed.accounts[0]?.creditHistory).toEqual([{ at: 1000, credit: 9 }, { at: 7_200_000, credit: 7 }]);
    expect(parsed.accounts[0]?.lowCredit).toEqual({ level: 'below' });
    expect(parsed.accounts[0]?.lowCreditThreshold).toBeNull();
  });

  it('refuses a global threshold that is not a positive number or null, as any bad setting', () => {
    expect(vaultDocumentSchema.safeParse({ ...emptyVaultDocument, settings: { lowCreditThreshold: -1 } }).success).toBe(false);
  });
});
