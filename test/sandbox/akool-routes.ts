// Answers the two Akool OpenAPI endpoints from the account registry. Must not import node:http or main/.
import type { AccountRegistry } from './account-registry';

export interface SandboxAnswer {
  status: number;
  body: Readonly<Record<string, unknown>>;
}

export const tokenPath = '/api/open/v3/getToken';
export const quotaPath = '/api/open/v3/faceswap/quota/info';

const invalidCredentials: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'Invalid client credentials' } };
const invalidToken: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'token expired or invalid' } };
export const notFound: SandboxAnswer = { status: 404, body: { code: 404, msg: 'not found' } };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function answerGetToken(registry: AccountRegistry, bodyText: string): SandboxAnswer {
  const body = parseJson(bodyText);
  const fields = typeof body === 'object' && body !== null ? body : {};
  const clientId = nonEmptyString('clientId' in fields ? fields.clientId : undefined);
  const clientSecret = nonEmptyString('clientSecret' in fields ? fields.clientSecret : undefined);
  if (clientId === undefined || clientSecret === undefined) {
    return { status: 200, body: { code: 1102, msg: 'clientId and clientSecret cannot be empty' } };
  }
  const account = registry.find(clientId);
  if (account === undefined || account.clientSecret !== clientSecret || account.state === 'invalid-secret') {
    return invalidCredentials;
  }
  // A banned account still exchanges its credentials: Akool refuses the work, not the login, so the
  // ban shows up on the next authorised call (quota answers 1200). The app must surface it from there.
  return { status: 200, body: { code: 1000, token: registry.issueToken(clientId) } };
}

export function answerQuota(registry: AccountRegistry, authorization: string | undefined): SandboxAnswer {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (authorization === undefined || authorization.trim() === '' || /^Bearer\s*$/i.test(authorization)) {
    return { status: 200, body: { code: 1102, msg: 'authorization cannot be empty' } };
  }
  if (token === undefined) return invalidToken;
  const account = registry.checkToken(token);
  if (account === null) return invalidToken;
  // Tokens stay valid when the state later turns 'invalid-secret': a rotated secret does not revoke
  // tokens already issued (use expireTokens for that). Only 'banned' is refused here.
  if (account.state === 'banned') return { status: 200, body: { code: 1200, msg: 'Account banned' } };
  return { status: 200, body: { code: 1000, msg: 'OK', data: { credit: account.credit } } };
}
