// The fingerprint a report shows instead of the value: the first 8 hex characters of its SHA-256, as akool-vault shows. Imports node:crypto only.
import { createHash } from 'node:crypto';

/** The first 8 hex characters of the value's SHA-256 (akool-vault's main/core/accounts/fingerprint.ts computes the same). */
export function fingerprintOf(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
}
