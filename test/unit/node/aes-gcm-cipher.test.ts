// Proves the Node AES-256-GCM cipher round-trips, hides plaintext, and fails cleanly on a wrong key or tampering.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAesGcmCipher, loadOrCreateKey } from '../../../main/node/aes-gcm-cipher';
import { useTempDirs } from '../../support/use-temp-dirs';

describe('AES-256-GCM cipher', () => {
  const tempDir = useTempDirs();

  it('round-trips text and never contains the plaintext', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const secret = 'canary-secret-5f1c';
    const sealed = await cipher.encrypt(secret);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain(secret);
    expect(await cipher.decrypt(sealed)).toEqual({ plainText: secret, shouldReEncrypt: false });
  });

  it('uses a fresh IV each time', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const [a, b] = await Promise.all([cipher.encrypt('same'), cipher.encrypt('same')]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('rejects ciphertext from another key', async () => {
    const sealed = await createAesGcmCipher(randomBytes(32)).encrypt('secret');
    await expect(createAesGcmCipher(randomBytes(32)).decrypt(sealed)).rejects.toThrow();
  });

  it('rejects a flipped bit and truncated data', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const sealed = Buffer.from(await cipher.encrypt('secret'));
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    await expect(cipher.decrypt(flipped)).rejects.toThrow();
    await expect(cipher.decrypt(sealed.subarray(0, 10))).rejects.toThrow('Not a ciphertext');
  });

  it('creates a 0600 key file once and reads the same key back', () => {
    const dir = tempDir();
    const key = loadOrCreateKey(dir);
    expect(loadOrCreateKey(dir)).toEqual(key);
    const keyFile = join(dir, 'vault.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toHaveLength(64);
  });

  it('reports the protection it was given', async () => {
    const weak = { available: true, backend: 'basic_text', weak: true };
    expect(await createAesGcmCipher(randomBytes(32), weak).protection()).toEqual(weak);
    expect((await createAesGcmCipher(randomBytes(32)).protection()).weak).toBe(false);
  });
});
