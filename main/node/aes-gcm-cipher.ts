// Cipher for plain Node (harness and tests): AES-256-GCM with a random key file; can play a weak backend and a rotated key. Must not import electron.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cipher, Protection, SealJudgement, Unsealed } from '../core/ports';

/** First byte of a ciphertext: which format, and which protection it plays (named after Chromium's Linux `v10`/`v11`). */
const legacyFormat = 0x01;
const weakFormat = 0x0a;
const strongFormat = 0x0b;
const ivLength = 12;
const tagLength = 16;
const keyLength = 32;

const strongProtection: Protection = { available: true, backend: 'aes-256-gcm', weak: false };

export interface AesGcmOptions {
  /** Keys used before a rotation: their ciphertexts still open, with `shouldReEncrypt`, as safeStorage reports after a key change. */
  previousKeys?: readonly Uint8Array[];
}

function open(key: Uint8Array, data: Buffer): string {
  const iv = data.subarray(1, 1 + ivLength);
  const tag = data.subarray(1 + ivLength, 1 + ivLength + tagLength);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data.subarray(1 + ivLength + tagLength)), decipher.final()]).toString('utf8');
}

/**
 * `protection` lets tests play a platform without a keyring (unavailable, or basic_text: seals then carry the weak
 * marker, as Chromium's `v10` does). Ciphertexts of the first format carry no marker and always ask to be re-sealed.
 */
export function createAesGcmCipher(key: Uint8Array, protection: Protection = strongProtection, options: AesGcmOptions = {}): Cipher {
  const keys = [key, ...(options.previousKeys ?? [])];
  if (keys.some((candidate) => candidate.length !== keyLength)) throw new Error('AES-256-GCM needs a 32-byte key.');
  const judgeSeal = (cipherText: Uint8Array): SealJudgement => {
    if (cipherText[0] === strongFormat) return { level: 'strong', mark: 'v11' };
    if (cipherText[0] === weakFormat) return { level: 'weak', mark: 'v10' };
    return { level: protection.weak ? 'weak' : 'strong', mark: cipherText[0] === legacyFormat ? 'v1' : 'unknown' };
  };
  return {
    protection: async () => protection,
    encrypt: async (plainText) => {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(protection.weak ? weakFormat : strongFormat), iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (cipherText): Promise<Unsealed> => {
      const data = Buffer.from(cipherText);
      const format = data[0];
      const known = format === legacyFormat || format === weakFormat || format === strongFormat;
      if (data.length < 1 + ivLength + tagLength || !known) throw new Error('Not a ciphertext of this vault.');
      for (const [index, candidate] of keys.entries()) {
        try {
          return { plainText: open(candidate, data), shouldReEncrypt: index > 0 || format === legacyFormat };
        } catch {
          // Not this key: try the previous ones.
        }
      }
      throw new Error('Not a ciphertext of this vault.');
    },
    judgeSeal,
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
