// Decides whether a request carries the run's grant: every x-api-key and Authorization header must hold the stand-in, compared in constant time. Must not import electron.
import { createHash, timingSafeEqual } from 'node:crypto';

export type GrantCheck = 'granted' | 'no-grant' | 'wrong-grant';

/** What the child holds: base64url of 32 random bytes. */
export const standInShape = /^[A-Za-z0-9_-]{43}$/;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
/** `Bearer <value>`, the scheme in any case, one or more spaces. */
const bearer = /^Bearer +([^ ]+) *$/i;

/**
 * A checker over Node's rawHeaders (name, value, name, value…), so a repeated header is seen each time instead of the
 * first one Node keeps. Both sides are hashed first, so the comparison takes the same time whatever the length.
 */
export function createGrantCheck(standIn: string): (rawHeaders: readonly string[]) => GrantCheck {
  if (!standInShape.test(standIn)) throw new TypeError('The stand-in must be base64url of 32 bytes (43 characters).');
  const expected = digest(standIn);
  const matches = (candidate: string): boolean => timingSafeEqual(digest(candidate), expected);
  return (rawHeaders) => {
    let carried = 0;
    let allMatch = true;
    for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
      const name = (rawHeaders[index] ?? '').toLowerCase();
      const value = rawHeaders[index + 1] ?? '';
      if (name === 'x-api-key') {
        carried += 1;
        allMatch = matches(value.trim()) && allMatch;
      } else if (name === 'authorization') {
        carried += 1;
        allMatch = matches(bearer.exec(value.trim())?.[1] ?? '') && allMatch;
      }
    }
    if (carried === 0) return 'no-grant';
    return allMatch ? 'granted' : 'wrong-grant';
  };
}
