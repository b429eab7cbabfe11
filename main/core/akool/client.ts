// The Akool OpenAPI client: exchanges clientId/clientSecret for a token and reads the credit with a token or an API key. Must not import electron or node:*.
import type { AkoolFailure } from './outcome';
import { sendAkoolRequest, type RequestLimits } from './request';
import { interpretAnswer, type AnswerSubject } from './response';
import { normalizeBaseUrl, type BaseUrlResult } from './base-url';
import { asJsonObject, ownField } from '../shared/json-object';
import type { Http } from '../ports';
import { createSentSecrets } from '../redaction/sent-secrets';
import { checkTokenShape } from './token-claims';
import { buildApiKeyCheck } from './api-key-check';
import { screenIdentity, type TokenIdentity } from './token-identity';

export type { AkoolFailure } from './outcome';
/** `identity`: the token's email and uid, screened of every secret this client sent or was told to hide (see screenIdentity). */
export type ExchangeOutcome = { kind: 'ok'; token: string; identity: TokenIdentity } | AkoolFailure;
export type QuotaOutcome = { kind: 'ok'; credit: number } | AkoolFailure;

export interface AkoolCredentials {
  clientId: string;
  clientSecret: string;
}

/** `hide`: more of the account's secrets (the stored secret, the current token) that the server's text must never carry. */
export interface AkoolClient {
  exchangeToken(baseUrl: string, credentials: AkoolCredentials, hide?: readonly string[]): Promise<ExchangeOutcome>;
  fetchQuota(baseUrl: string, token: string, hide?: readonly string[]): Promise<QuotaOutcome>;
  /** Reads the credit with the key in x-api-key only (buildApiKeyCheck): never together with Authorization. */
  fetchQuotaWithKey(baseUrl: string, key: string, hide?: readonly string[]): Promise<QuotaOutcome>;
}

/** How long one exchange may take, connection to last byte of the answer; the local proxy keeps to it too. */
export const defaultTimeoutMs = 15_000;
/** The largest answer read; the local proxy refuses a larger one too. */
export const defaultMaxBodyBytes = 1024 * 1024;
const refusedBaseUrl: AkoolFailure = {
  kind: 'bad-response',
  detail: 'the API address is not allowed, so nothing was sent',
};

function dataField(body: object, key: string): unknown {
  const data = asJsonObject(ownField(body, 'data'));
  return data === null ? undefined : ownField(data, key);
}

/** The token from `{ token }` or `{ data: { token } }`, checked by checkTokenShape; its claims are server text, screened of `secrets`. */
function tokenFrom(body: object, secrets: readonly string[]): ExchangeOutcome {
  const candidate = ownField(body, 'token') ?? dataField(body, 'token');
  if (candidate === undefined || candidate === null) return { kind: 'bad-response', detail: 'the answer has no token' };
  const shape = checkTokenShape(candidate);
  return shape.ok
    ? { kind: 'ok', token: shape.token, identity: screenIdentity(shape.token, secrets) }
    : { kind: 'bad-response', detail: `the answer's token is unusable: ${shape.reason}` };
}

/** `data.credit` when it is a finite number. */
function creditFrom(body: object): QuotaOutcome {
  const credit = dataField(body, 'credit');
  return typeof credit === 'number' && Number.isFinite(credit)
    ? { kind: 'ok', credit }
    : { kind: 'bad-response', detail: 'the answer has no usable credit' };
}

export function createAkoolClient(options: { http: Http; timeoutMs?: number; maxBodyBytes?: number }): AkoolClient {
  const limits: RequestLimits = {
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
  };

  // Every call for an account repeats its base URL: parse it once (new URL costs about a tenth of a loopback exchange).
  let lastBase: { input: string; result: BaseUrlResult } | null = null;
  const baseOf = (input: string): BaseUrlResult => {
    if (lastBase?.input !== input) lastBase = { input, result: normalizeBaseUrl(input) };
    return lastBase.result;
  };

  // A server may echo a secret sent earlier (a mistyped or replaced secret, an old token): its text is scrubbed of all of them.
  const sent = createSentSecrets();
  const hidden = (secrets: readonly string[]): string[] => [...secrets, ...sent.all()];
  async function call(url: string, init: RequestInit, subject: AnswerSubject, secrets: readonly string[]) {
    const [sending] = secrets;
    if (sending !== undefined) sent.remember(sending);
    const answer = await sendAkoolRequest(options.http, url, init, limits);
    return answer.kind === 'answer' ? interpretAnswer(answer, subject, hidden(secrets), Date.now()) : answer;
  }

  return {
    async exchangeToken(baseUrl, credentials, hide = []) {
      const base = baseOf(baseUrl);
      if (!base.ok) return refusedBaseUrl;
      const init: RequestInit = {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ clientId: credentials.clientId, clientSecret: credentials.clientSecret }),
      };
      const secrets = [credentials.clientSecret, ...hide];
      const result = await call(`${base.url}/api/open/v3/getToken`, init, 'credentials', secrets);
      return result.kind === 'success' ? tokenFrom(result.body, hidden(secrets)) : result;
    },

    async fetchQuota(baseUrl, token, hide = []) {
      const base = baseOf(baseUrl);
      if (!base.ok) return refusedBaseUrl;
      if (!checkTokenShape(token).ok) {
        return { kind: 'bad-response', detail: 'the stored token is malformed, so it was not sent' };
      }
      const init: RequestInit = {
        method: 'GET',
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      };
      const result = await call(`${base.url}/api/open/v3/faceswap/quota/info`, init, 'token', [token, ...hide]);
      return result.kind === 'success' ? creditFrom(result.body) : result;
    },

    async fetchQuotaWithKey(baseUrl, key, hide = []) {
      const request = buildApiKeyCheck(baseUrl, key);
      if (!request.ok) return { kind: 'bad-response', detail: request.detail };
      const result = await call(request.url, request.init, 'api-key', [key, ...hide]);
      return result.kind === 'success' ? creditFrom(result.body) : result;
    },
  };
}
