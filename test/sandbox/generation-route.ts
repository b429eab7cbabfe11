// Answers one generation endpoint (Akool's face swap job) by token or x-api-key: a job id, and the credit it costs taken off the account. Must not import node:http or main/.
import type { AccountRegistry } from './account-registry';
import type { SandboxAnswer } from './akool-routes';

export const generationPath = '/api/open/v3/faceswap/highquality/specifyimage';
/** What one job costs in the sandbox. */
export const generationCost = 5;

const invalid: SandboxAnswer = { status: 200, body: { code: 1101, msg: 'token expired or invalid' } };

/** The account the request authenticates as, by Bearer token (which wins when both are sent, as for quota) or by key. */
function authenticated(registry: AccountRegistry, authorization: string | undefined, apiKey: string | undefined) {
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    return token === undefined ? null : registry.checkToken(token);
  }
  if (apiKey === undefined || apiKey.trim() === '') return null;
  const account = registry.findByApiKey(apiKey);
  return account === undefined || account.state === 'invalid-secret' ? null : account;
}

export function answerGeneration(registry: AccountRegistry, authorization: string | undefined, apiKey: string | undefined, jobNumber: number): SandboxAnswer {
  if (authorization === undefined && apiKey === undefined) return { status: 200, body: { code: 1102, msg: 'authorization cannot be empty' } };
  const account = authenticated(registry, authorization, apiKey);
  if (account === null) return invalid;
  if (account.state === 'banned') return { status: 200, body: { code: 1200, msg: 'Account banned' } };
  if (account.credit < generationCost) return { status: 200, body: { code: 1006, msg: 'Insufficient quota balance' } };
  registry.setCredit(account.clientId, account.credit - generationCost);
  const id = `job-${jobNumber}`;
  return { status: 200, body: { code: 1000, msg: 'OK', data: { _id: id, job_id: id, url: `https://sandbox.invalid/results/${id}.png` } } };
}
