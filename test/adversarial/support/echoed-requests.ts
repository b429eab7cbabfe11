// What the canary suites' hostile server reads from a request: the secret and token it was sent, and fresh canary secrets to send. Must not import main/.
import { randomBytes } from 'node:crypto';
import type { HostileRequest } from '../hostile-server';

/** Random, with the characters that make URL, form and JSON encodings differ from the plain text. */
export const canarySecret = (): string =>
  `${randomBytes(9).toString('base64url')}/"q\\${randomBytes(9).toString('base64url')}+ =&é%${randomBytes(6).toString('hex')}`;

/** The clientSecret of a getToken request body, or '' when there is none. */
export function sentSecret(request: HostileRequest): string {
  const value: unknown = JSON.parse(request.body);
  const secret: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'clientSecret') : undefined;
  return typeof secret === 'string' ? secret : '';
}

/** The bearer token of a request, or '' when there is none. */
export const sentToken = (request: HostileRequest): string =>
  /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
