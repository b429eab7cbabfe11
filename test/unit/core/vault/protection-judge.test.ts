// Proves the protection level comes from what the cipher produced, not from the backend's name alone.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Cipher, Protection } from '../../../../main/core/ports';
import { judgeProtection } from '../../../../main/core/vault/protection-judge';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';

const keyring: Protection = { available: true, backend: 'gnome_libsecret', weak: false };

describe('judgeProtection', () => {
  it('keeps a keyring strong when its probe ciphertext is strong, and names the marker', async () => {
    expect(await judgeProtection(createAesGcmCipher(randomBytes(32), keyring))).toEqual({ ...keyring, sealMark: 'v11' });
  });

  it('calls a backend named like a keyring weak when what it produced is weak (a v10 fallback)', async () => {
    const real = createAesGcmCipher(randomBytes(32), keyring);
    const fallsBack: Cipher = { ...real, judgeSeal: () => ({ level: 'weak', mark: 'v10' }) };
    expect(await judgeProtection(fallsBack)).toEqual({ ...keyring, weak: true, sealMark: 'v10' });
  });

  it('reports unavailable when the probe cannot be sealed, and leaves an unavailable cipher alone', async () => {
    const real = createAesGcmCipher(randomBytes(32), keyring);
    const broken: Cipher = { ...real, encrypt: () => Promise.reject(new Error('no key')) };
    expect(await judgeProtection(broken)).toEqual({ ...keyring, available: false });
    const none: Protection = { available: false, backend: 'unknown', weak: false };
    expect(await judgeProtection({ ...real, protection: async () => none, encrypt: () => Promise.reject(new Error('never called')) })).toEqual(none);
  });
});
