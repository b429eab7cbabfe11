// HS256 JSON Web Tokens: sign, and verify a signature made with the same key. Must not import main/ or the HTTP layer.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SandboxClaims {
  sub: string;
  uid: string;
  email: string;
  iat: number;
  exp: number;
  jti: string;
}

const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function signature(key: Uint8Array, signingInput: string): Buffer {
  return createHmac('sha256', key).update(signingInput).digest();
}

export function signJwt(key: Uint8Array, claims: SandboxClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signingInput = `${header}.${payload}`;
  return `${signingInput}.${signature(key, signingInput).toString('base64url')}`;
}

/** True when the token has three parts, our header, and a signature made with `key`. Says nothing about exp. */
export function hasValidSignature(key: Uint8Array, token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== header) return false;
  const expected = signature(key, `${parts[0]}.${parts[1]}`);
  const presented = Buffer.from(parts[2] ?? '', 'base64url');
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
