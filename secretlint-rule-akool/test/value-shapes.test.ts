// A random Akool credential is never taken for a placeholder or a path: the words and patterns that mark those must be rare in random base64.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/value-shapes.js';

/** The n-th of a fixed sequence of random-looking bytes: the same keys every run, so a miss is never luck. */
const fixedBytes = (n: number, length: number): Buffer => createHash('sha256').update(`akool-key-${n}`).digest().subarray(0, length);

/** A fixed random key of the real shape with `part` written over it at `at`. */
const keyHolding = (part: string, at: number): string => {
  const key = fixedBytes(7, 24).toString('base64');
  return key.slice(0, at) + part + key.slice(at + part.length);
};

describe('shapeOf', () => {
  it('takes each of 100,000 fixed random keys and client IDs for what it is', () => {
    const missed: string[] = [];
    for (let n = 0; n < 100_000; n += 1) {
      const key = fixedBytes(n, 24).toString('base64');
      const clientId = fixedBytes(n, 16).toString('base64');
      if (shapeOf(key) !== 'secret') missed.push(key);
      if (shapeOf(clientId) !== 'client-id') missed.push(clientId);
    }
    expect(missed).toEqual([]);
  });

  it('takes a JWT for a token even when its random signature holds two short words by chance', () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify({ uid: 'u-1', email: 'a@sandbox.test' })).toString('base64url');
    const signature = fixedBytes(3, 32).toString('base64url');
    const jwt = `${header}.${payload}.${signature.slice(0, 10)}xXx${signature.slice(13, 30)}Key${signature.slice(33)}`;
    expect(shapeOf(jwt)).toBe('jwt');
  });

  it.each([
    ['xXx', 9],
    ['Your', 5],
    ['fake', 20],
    ['api', 3],
  ])('finds a key that holds %j by chance', (part, at) => {
    expect(shapeOf(keyHolding(part, at))).toBe('secret');
  });

  it('finds a key that starts like a one-segment path', () => {
    expect(shapeOf(keyHolding('/ab/', 0))).toBe('secret');
  });

  it.each([
    'Your0Akool1Api2Key3Goes4Here5Now6',
    'fake_akool_key_0123498765qwertyuiop',
    'Q3xL9vT2mW8nR4kP7sJ1dF6gY0cZ5bXXXXX',
    '/api/open/v3/faceswap/quota/info',
    'YourClientSecretGoesInThisPlace0',
    'your-client-secret-0000000000000',
    'FAKE9secret8for7unit6tests5only4',
    'PUT_YOUR_OWN_SECRET_VALUE_IN_ME1',
    'TestClientSecret0000000000000000',
    'Q3xL9vT2mW8nR4kP7sJ1dF6token_here',
  ])('still leaves the placeholder or path %j alone', (value) => {
    expect(shapeOf(value)).toBeNull();
  });
});
