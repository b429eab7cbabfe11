// Proves the Node AES-256-GCM cipher round-trips, hides plaintext, fails cleanly on a wrong key or tampering, and plays weak seals and key rotation.
import { createCipheriv, randomBytes } from 'node:crypto';
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
    // POSIX permission bits; Windows reports 0o666 whatever the ACL says (fs.chmod only sets read-only there).
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toHaveLength(64);
  });

  it('reports the protection it was given', async () => {
    const weak = { available: true, backend: 'basic_text', weak: true };
    expect(await createAesGcmCipher(randomBytes(32), weak).protection()).toEqual(weak);
    expect((await createAesGcmCipher(randomBytes(32)).protection()).weak).toBe(false);
  });

  it('marks and judges its seals like Chromium on Linux: weak protection v10, strong v11', async () => {
    const weak = createAesGcmCipher(randomBytes(32), { available: true, backend: 'basic_text', weak: true });
    const strong = createAesGcmCipher(randomBytes(32));
    expect(weak.judgeSeal(await weak.encrypt('x'))).toEqual({ level: 'weak', mark: 'v10' });
    expect(strong.judgeSeal(await strong.encrypt('x'))).toEqual({ level: 'strong', mark: 'v11' });
    // The marker is in the bytes: any cipher judges another's seal the same way.
    expect(strong.judgeSeal(await weak.encrypt('x')).level).toBe('weak');
  });

  it('after a key rotation opens old seals with shouldReEncrypt, and only for keys it was given', async () => {
    const oldKey = randomBytes(32);
    const sealedBefore = await createAesGcmCipher(oldKey).encrypt('rotated');
    const rotated = createAesGcmCipher(randomBytes(32), undefined, { previousKeys: [oldKey] });
    expect(await rotated.decrypt(sealedBefore)).toEqual({ plainText: 'rotated', shouldReEncrypt: true });
    expect(await rotated.decrypt(await rotated.encrypt('fresh'))).toEqual({ plainText: 'fresh', shouldReEncrypt: false });
    await expect(createAesGcmCipher(randomBytes(32), undefined, { previousKeys: [randomBytes(32)] }).decrypt(sealedBefore)).rejects.toThrow();
  });

  it('opens the first format (no protection marker) and asks for it to be sealed again', async () => {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const first = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([first.update('old format', 'utf8'), first.final()]);
    const sealed = Buffer.concat([Buffer.of(1), iv, first.getAuthTag(), body]);
    const cipher = createAesGcmCipher(key);
    expect(await cipher.decrypt(sealed)).toEqual({ plainText: 'old format', shouldReEncrypt: true });
    expect(cipher.judgeSeal(sealed)).toEqual({ level: 'strong', mark: 'v1' });
  });
});
