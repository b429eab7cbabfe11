// Proves the AKOOL_VAULT_DATA_DIR override is used only in unpackaged builds and only when it is an absolute path.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOverride } from '../../../main/platform/data-dir';

const dir = join('/', 'tmp', 'vault-e2e');

describe('dataDirOverride', () => {
  it('keeps the default when unset or empty, packaged or not', () => {
    for (const isPackaged of [false, true]) {
      expect(dataDirOverride({}, isPackaged)).toEqual({ kind: 'default' });
      expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: '' }, isPackaged)).toEqual({ kind: 'default' });
    }
  });

  it('uses an absolute path as given when unpackaged', () => {
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: dir }, false)).toEqual({ kind: 'use', dir });
  });

  it('refuses a relative path instead of guessing where it points', () => {
    expect(() => dataDirOverride({ AKOOL_VAULT_DATA_DIR: 'vault-data' }, false)).toThrow(/absolute/);
  });

  it('ignores the variable in a packaged app, whatever it holds', () => {
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: dir }, true)).toEqual({ kind: 'ignored' });
    expect(dataDirOverride({ AKOOL_VAULT_DATA_DIR: 'vault-data' }, true)).toEqual({ kind: 'ignored' });
  });
});
