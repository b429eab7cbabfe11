// Creates the per-run transport capability and compares presented values in constant time. Must not import main/ or node:http.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as lowercase hex: the secret a page needs to reach the vault transport. */
export function createCapability(): string {
  return randomBytes(32).toString('hex');
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Compares digests, so neither the content nor the length of `expected` leaks through timing. */
export function capabilityMatches(expected: string, presented: string | readonly string[] | undefined): boolean {
  if (expected.length === 0 || typeof presented !== 'string') return false;
  return timingSafeEqual(digest(expected), digest(presented));
}
