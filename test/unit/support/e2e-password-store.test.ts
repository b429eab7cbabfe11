// Proves how the Electron e2e suite picks its Linux password store from AKOOL_VAULT_E2E_PASSWORD_STORE (the CI keyring and basic jobs).
import { describe, expect, it } from 'vitest';
import { passwordStoreSwitches, usesBasicStore } from '../../support/e2e-password-store';

describe('passwordStoreSwitches', () => {
  it('defaults to basic on Linux', () => {
    expect(passwordStoreSwitches('linux', {})).toEqual(['--password-store=basic']);
    expect(passwordStoreSwitches('linux', { AKOOL_VAULT_E2E_PASSWORD_STORE: '' })).toEqual(['--password-store=basic']);
  });

  it('uses the store CI names', () => {
    expect(passwordStoreSwitches('linux', { AKOOL_VAULT_E2E_PASSWORD_STORE: 'gnome-libsecret' })).toEqual(['--password-store=gnome-libsecret']);
  });

  it('adds nothing on macOS and Windows, whose stores have no switch', () => {
    expect(passwordStoreSwitches('darwin', { AKOOL_VAULT_E2E_PASSWORD_STORE: 'basic' })).toEqual([]);
    expect(passwordStoreSwitches('win32', {})).toEqual([]);
  });

  it('refuses a store Chromium does not know, so a typo cannot silently test another backend', () => {
    expect(() => passwordStoreSwitches('linux', { AKOOL_VAULT_E2E_PASSWORD_STORE: 'gnome' })).toThrow(
      'AKOOL_VAULT_E2E_PASSWORD_STORE must be one of basic, gnome-libsecret, kwallet, kwallet5, kwallet6; got "gnome"',
    );
  });

  it('knows when Linux runs on basic_text, where the weak opt-in must show', () => {
    expect(usesBasicStore('linux', {})).toBe(true);
    expect(usesBasicStore('linux', { AKOOL_VAULT_E2E_PASSWORD_STORE: 'gnome-libsecret' })).toBe(false);
    expect(usesBasicStore('darwin', {})).toBe(false);
  });
});
