// The x-api-key header: its name, which keys can travel in it, and the line a person copies. Must not import electron or node:*.

/** Akool's header for the direct API-key method (docs.akool.com/authentication/usage: `x-api-key: {API Key}`). */
export const apiKeyHeaderName = 'x-api-key';

/** The same bound as a clientSecret: in Akool the "API Key" is the clientSecret. */
export const maxApiKeyLength = 1024;

export type ApiKeyShape = { ok: true; key: string } | { ok: false; reason: string };

const headerSafe = /^[\x21-\x7e]+$/;

/** A key that can be sent as one header value: 1–1024 visible ASCII characters. Reasons never contain the key. */
export function checkApiKeyShape(value: unknown): ApiKeyShape {
  if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: 'The API key is empty.' };
  if (value.length > maxApiKeyLength) return { ok: false, reason: `The API key is longer than ${maxApiKeyLength} characters.` };
  if (!headerSafe.test(value)) {
    return { ok: false, reason: 'The API key may contain only visible ASCII characters: no spaces, line breaks or accents.' };
  }
  return { ok: true, key: value };
}

/** The header line as a person pastes it into a script: exactly `x-api-key: <key>`. */
export function apiKeyHeaderLine(key: string): string {
  return `${apiKeyHeaderName}: ${key}`;
}
