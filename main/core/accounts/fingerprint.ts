// A short, non-reversible token fingerprint for display. May import node:crypto only; never electron.
import { createHash } from 'node:crypto';

/** The first 8 hex characters of the token's SHA-256. */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 8);
}
