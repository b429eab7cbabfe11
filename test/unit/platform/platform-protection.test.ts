// Proves how safeStorage's backend is named per platform, when it counts as weak, and how a ciphertext's prefix is judged.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { judgeSafeStorageSeal, platformProtection } from '../../../main/platform/platform-protection';

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

  it('calls basic_text weak, and unknown or unnamed too (fail closed)', () => {
    expect(platformProtection('linux', true, () => 'basic_text')).toEqual({ available: true, backend: 'basic_text', weak: true });
    expect(platformProtection('linux', true, () => 'unknown').weak).toBe(true);
    expect(platformProtection('linux', true, () => '').weak).toBe(true);
  });

  it('passes availability through', () => {
    expect(platformProtection('linux', false, () => 'gnome_libsecret').available).toBe(false);
    expect(platformProtection('darwin', false, noBackend).available).toBe(false);
  });

  it('treats any other platform as unknown and weak', () => {
    expect(platformProtection('freebsd', true, noBackend)).toEqual({ available: true, backend: 'unknown', weak: true });
  });
});

describe('judgeSafeStorageSeal', () => {
  const sealed = (prefix: string): Uint8Array => Buffer.concat([Buffer.from(prefix, 'latin1'), randomBytes(32)]);

  it('on Linux, v11 (keyring key) is strong and v10 (fixed key) is weak', () => {
    expect(judgeSafeStorageSeal('linux', sealed('v11'))).toEqual({ level: 'strong', mark: 'v11' });
    expect(judgeSafeStorageSeal('linux', sealed('v10'))).toEqual({ level: 'weak', mark: 'v10' });
  });

  it('on Linux, anything unmarked is weak (fail closed)', () => {
    expect(judgeSafeStorageSeal('linux', sealed('abc'))).toEqual({ level: 'weak', mark: 'unmarked' });
    expect(judgeSafeStorageSeal('linux', new Uint8Array())).toEqual({ level: 'weak', mark: 'unmarked' });
  });

  it('on macOS and Windows the key is the Keychain\'s or DPAPI\'s whatever the prefix', () => {
    expect(judgeSafeStorageSeal('darwin', sealed('v10'))).toEqual({ level: 'strong', mark: 'v10' });
    expect(judgeSafeStorageSeal('win32', sealed('v10'))).toEqual({ level: 'strong', mark: 'v10' });
  });

  it('elsewhere nothing is trusted', () => {
    expect(judgeSafeStorageSeal('freebsd', sealed('v11')).level).toBe('weak');
  });
});
