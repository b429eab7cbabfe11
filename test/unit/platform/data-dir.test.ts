// Proves the AKOOL_VAULT_DATA_DIR override is used only when it is an absolute path.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOverride } from '../../../main/platform/data-dir';

describe('dataDirOverride', () => {
  it('returns null when unset or empty', () => {
    expect(dataDirOverride({})).toBeNull();
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: '' })).toBeNull();
  });

  it('returns an absolute path as given', () => {
    const dir = join('/', 'tmp', 'vault-e2e');
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: dir })).toBe(dir);
  });

  it('refuses a relative path instead of guessing where it points', () => {
    expect(() => dataDirOverride({ AKOOL_VAULT_DATA_DIR: 'vault-data' })).toThrow(/absolute/);
  });
});
