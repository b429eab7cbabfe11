// Builds the request that checks an API key: GET quota/info with x-api-key, never Authorization. Must not import electron or node:*.
import { normalizeBaseUrl } from './base-url';
import { apiKeyHeaderName, checkApiKeyShape } from './api-key-header';

/** Akool's credit endpoint (docs.akool.com/ai-tools-suite/faceswap/get-credit: security ApiKeyAuth or BearerAuth). */
export const quotaInfoPath = '/api/open/v3/faceswap/quota/info';

export type ApiKeyCheckRequest = { ok: true; url: string; init: RequestInit } | { ok: false; detail: string };

/**
 * The request for sendAkoolRequest (which adds the deadline and `redirect: 'manual'`). It carries the key in
 * x-api-key only: Akool uses Authorization and drops the key when both are present, so Authorization is never set.
 * A refused base URL or a key no header can carry sends nothing.
 */
export function buildApiKeyCheck(baseUrl: string, apiKey: string): ApiKeyCheckRequest {
  const base = normalizeBaseUrl(baseUrl);
  if (!base.ok) return { ok: false, detail: 'the API address is not allowed, so nothing was sent' };
  const key = checkApiKeyShape(apiKey);
  if (!key.ok) return { ok: false, detail: 'the API key cannot be sent in a header, so nothing was sent' };
  return {
    ok: true,
    url: `${base.url}${quotaInfoPath}`,
    init: { method: 'GET', headers: { accept: 'application/json', [apiKeyHeaderName]: key.key } },
  };
}
