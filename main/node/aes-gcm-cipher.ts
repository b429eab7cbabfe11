// Cipher for plain Node (harness and tests): AES-256-GCM with a random key file. Must not import electron.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cipher, Protection } from '../core/ports';

const formatVersion = 1;
const ivLength = 12;
const tagLength = 16;
const keyLength = 32;

const strongProtection: Protection = { available: true, backend: 'aes-256-gcm', weak: false };

/** `protection` lets tests play a platform without a keyring (unavailable or basic_text). */
export function createAesGcmCipher(key: Uint8Array, protection: Protection = strongProtection): Cipher {
  if (key.length !== keyLength) throw new Error('AES-256-GCM needs a 32-byte key.');
  return {
    protection: async () => protection,
    encrypt: async (plainText) => {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(formatVersion), iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (cipherText) => {
      const data = Buffer.from(cipherText);
      if (data.length < 1 + ivLength + tagLength || data[0] !== formatVersion) {
        throw new Error('Not a ciphertext of this vault.');
      }
      const iv = data.subarray(1, 1 + ivLength);
      const tag = data.subarray(1 + ivLength, 1 + ivLength + tagLength);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data.subarray(1 + ivLength + tagLength)), decipher.final()]).toString('utf8');
    },
  };
}

/** Reads `vault.key` from dataDir, creating a random one (mode 0600) on first use. */
export function loadOrCreateKey(dataDir: string): Uint8Array {
  const keyPath = join(dataDir, 'vault.key');
  if (existsSync(keyPath)) {
    const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'hex');
    if (key.length !== keyLength) throw new Error(`The key file ${keyPath} is damaged.`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(keyLength);
  writeFileSync(keyPath, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}
