// The connection-key handshake: fresh nonces and the two HMAC proofs, domain-separated so one can never stand for the other. Imports node:crypto only.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type ProofRole = 'cli' | 'app';

/** 32 random bytes, base64url: a nonce, a connection key or a grant's stand-in. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** HMAC-SHA256 under the connection key of who proves, and the other side's nonce, as hex. */
export function proofFor(key: string, role: ProofRole, nonce: string): string {
  return createHmac('sha256', Buffer.from(key, 'base64url')).update(`akool-vault cli channel v1\n${role}\n${nonce}`).digest('hex');
}

/** Compares in constant time; any malformed proof is simply wrong. */
export function proofMatches(key: string, role: ProofRole, nonce: string, proof: string): boolean {
  const expected = Buffer.from(proofFor(key, role, nonce), 'hex');
  const given = Buffer.from(proof, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
