// Answers the two Akool OpenAPI endpoints (quota by token or by x-api-key) from the account registry. Must not import node:http or main/.
import type { AccountRegistry } from './account-registry';
import type { SandboxAccountSeed } from './accounts';

export interface SandboxAnswer {
  status: number;
  body: Readonly<Record<string, unknown>>;
}

export const tokenPath = '/api/open/v3/getToken';
export const quotaPath = '/api/open/v3/faceswap/quota/info';

const invalidCredentials: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'Invalid client credentials' } };
const invalidToken: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'token expired or invalid' } };
const invalidApiKey: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'invalid api key' } };
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

/** Akool's msg for the codes the demo accounts answer (from docs.akool.com/ai-tools-suite/error-code where listed). */
const codeMessages: Readonly<Record<number, string>> = {
  1005: 'Frequent operation',
  1006: 'Insufficient quota balance',
  1103: 'Not paid or payment is overdue',
  1104: 'Insufficient credit balance',
  1109: 'account not exist',
  1213: 'subscription required',
  1221: 'subscription required',
};

function codeAnswer(code: number): SandboxAnswer {
  return { status: 200, body: { code, msg: codeMessages[code] ?? `error ${code}` } };
}

/** What quota answers for an authenticated account: ban, throttling, its fixed code, or its credit (which may fall). */
function answerForAccount(registry: AccountRegistry, account: SandboxAccountSeed): SandboxAnswer {
  const checks = registry.countQuotaCheck(account.clientId);
  if (account.state === 'banned') return { status: 200, body: { code: 1200, msg: 'Account banned' } };
  if (account.throttleEvery !== undefined && checks % account.throttleEvery === 0) return codeAnswer(1005);
  if (account.quotaCode !== undefined) return codeAnswer(account.quotaCode);
  const credit = account.credit;
  if (account.creditDropPerCheck !== undefined) {
    registry.setCredit(account.clientId, Math.max(0, credit - account.creditDropPerCheck));
  }
  return { status: 200, body: { code: 1000, msg: 'OK', data: { credit } } };
}

/** The direct API-key method: `x-api-key` holds the clientSecret. */
function answerQuotaByKey(registry: AccountRegistry, apiKey: string): SandboxAnswer {
  if (apiKey.trim() === '') return { status: 200, body: { code: 1102, msg: 'x-api-key cannot be empty' } };
  const account = registry.findByApiKey(apiKey);
  if (account === undefined || account.state === 'invalid-secret') return invalidApiKey;
  return answerForAccount(registry, account);
}

/**
 * Quota by bearer token (`authorization`) or by API key (`apiKey`, the x-api-key header). When Authorization is
 * present at all, it decides and the key is ignored, as Akool does when both are sent.
 */
export function answerQuota(registry: AccountRegistry, authorization: string | undefined, apiKey?: string): SandboxAnswer {
  if (authorization === undefined && apiKey !== undefined) return answerQuotaByKey(registry, apiKey);
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (authorization === undefined || authorization.trim() === '' || /^Bearer\s*$/i.test(authorization)) {
    return { status: 200, body: { code: 1102, msg: 'authorization cannot be empty' } };
  }
  if (token === undefined) return invalidToken;
  const account = registry.checkToken(token);
  if (account === null) return invalidToken;
  // Tokens stay valid when the state later turns 'invalid-secret': a rotated secret does not revoke
  // tokens already issued (use expireTokens for that). Only 'banned' is refused here.
  return answerForAccount(registry, account);
}
