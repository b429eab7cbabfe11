// Makes HS256 JWT-shaped tokens with any claims (or none), each carrying a random canary, for hostile answers. Must not import main/.
import { createHmac, randomBytes } from 'node:crypto';

const signingKey = randomBytes(32);
const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with these claims plus a random `jti`, so every token is unique and findable as a canary. */
export function makeToken(claims: Record<string, unknown> = {}): string {
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ ...claims, jti: randomBytes(12).toString('hex') })}`;
  return `${input}.${createHmac('sha256', signingKey).update(input).digest('base64url')}`;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** A token valid for 30 days, the kind Akool issues. */
export const goodToken = (): string =>
  makeToken({ uid: 4242, email: 'hostile@akool.test', iat: nowSeconds(), exp: nowSeconds() + 30 * 86_400 });

/** A random client secret that is easy to search for. */
export const canarySecret = (): string => `canary-secret-${randomBytes(10).toString('hex')}`;

/** Every form a leaked value could take in text: as is, base64, base64url, hex. */
export const encodings = (value: string): string[] => [
  value,
  Buffer.from(value).toString('base64'),
  Buffer.from(value).toString('base64url'),
  Buffer.from(value).toString('hex'),
];

/** True when `text` holds any of `values` in any encoding; never prints them. */
export const containsAny = (text: string, values: readonly string[]): boolean =>
  values.some((value) => encodings(value).some((encoded) => text.includes(encoded)));
