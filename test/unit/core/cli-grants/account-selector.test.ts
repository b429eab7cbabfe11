// Proves how a command line names an account: id, exact label, unambiguous prefix; several matches list them, none says so.
import { describe, expect, it } from 'vitest';
import { selectAccount } from '../../../../main/core/cli-grants/account-selector';
import { CliFailure } from '../../../../main/core/cli-grants/cli-failure';
import { bareAccountView } from '../../../support/account-views';

const prod = bareAccountView({ id: 'aaaaaaaa-1111-4111-8111-111111111111', label: 'Production' });
const prodEu = bareAccountView({ id: 'bbbbbbbb-2222-4222-8222-222222222222', label: 'Production EU' });
const staging = bareAccountView({ id: 'cccccccc-3333-4333-8333-333333333333', label: 'Staging' });
const all = [prod, prodEu, staging];

const failure = (selector: string, accounts = all): CliFailure => {
  try {
    selectAccount(accounts, selector);
  } catch (error) {
    if (error instanceof CliFailure) return error;
  }
  throw new Error('expected a CliFailure');
};

describe('selectAccount', () => {
  it('takes an exact id, then an exact label even when it is also a prefix of another', () => {
    expect(selectAccount(all, staging.id)).toBe(staging);
    expect(selectAccount(all, 'Production')).toBe(prod);
  });

  it('takes an unambiguous prefix of a label (any case) or an id', () => {
    expect(selectAccount(all, 'stag')).toBe(staging);
    expect(selectAccount(all, 'bbbb')).toBe(prodEu);
  });

  it('lists every match of an ambiguous prefix, and of a label two accounts share', () => {
    const ambiguous = failure('prod');
    expect(ambiguous.code).toBe('ambiguous-account');
    expect(ambiguous.detail).toContain(prod.id);
    expect(ambiguous.detail).toContain(prodEu.id);
    const twins = [prod, { ...prodEu, label: 'Production' }];
    expect(failure('Production', twins).code).toBe('ambiguous-account');
  });

  it('says when nothing matches', () => {
    expect(failure('dev').code).toBe('unknown-account');
  });
});
