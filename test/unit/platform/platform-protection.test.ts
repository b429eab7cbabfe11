// Proves how safeStorage's backend is named per platform and when it counts as weak.
import { describe, expect, it } from 'vitest';
import { platformProtection } from '../../../main/platform/platform-protection';

const noBackend = (): string => {
  throw new Error('only Linux asks for the selected backend');
};

describe('platformProtection', () => {
  it('names the Keychain on macOS and DPAPI on Windows, both strong', () => {
    expect(platformProtection('darwin', true, noBackend)).toEqual({ available: true, backend: 'keychain', weak: false });
    expect(platformProtection('win32', true, noBackend)).toEqual({ available: true, backend: 'dpapi', weak: false });
  });

  it('reports the selected Linux backend; a keyring is strong', () => {
    expect(platformProtection('linux', true, () => 'gnome_libsecret')).toEqual({ available: true, backend: 'gnome_libsecret', weak: false });
    expect(platformProtection('linux', true, () => 'kwallet6').weak).toBe(false);
  });

  it('calls basic_text weak, and unknown too (fail closed)', () => {
    expect(platformProtection('linux', true, () => 'basic_text')).toEqual({ available: true, backend: 'basic_text', weak: true });
    expect(platformProtection('linux', true, () => 'unknown').weak).toBe(true);
  });

  it('passes availability through', () => {
    expect(platformProtection('linux', false, () => 'gnome_libsecret').available).toBe(false);
    expect(platformProtection('darwin', false, noBackend).available).toBe(false);
  });

  it('treats any other platform as unknown and weak', () => {
    expect(platformProtection('freebsd', true, noBackend)).toEqual({ available: true, backend: 'unknown', weak: true });
  });
});
