// CORS for the origins --allow-origin names (a local dev server): which origins count, the preflight answer, and the headers every answer to them carries. Must not import electron.
import type { OutgoingHttpHeaders } from 'node:http';

const forwardedMethods = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
/** A comma-separated list of header names (RFC 9110 tokens), as Access-Control-Request-Headers carries. */
const headerNameList = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:[ \t]*,[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;
const maxRequestedHeaders = 2048;

/** The serialized origins of `urls` (http or https only); throws on anything else, before the proxy listens. */
export function allowedOrigins(urls: readonly string[]): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new TypeError('An allowed origin must be an http:// or https:// URL.');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError('An allowed origin must be an http:// or https:// URL.');
    origins.add(parsed.origin);
  }
  return origins;
}

/** What every answer to an allowed origin carries. */
export function corsHeaders(origin: string): OutgoingHttpHeaders {
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/**
 * The 204 answer to a preflight from an allowed origin: the methods the proxy forwards, the headers asked for (when
 * they are a well-formed list), private-network access when Chrome asks, cached ten minutes. No credentials mode.
 */
export function preflightHeaders(origin: string, requestedHeaders: string | undefined, privateNetwork: boolean): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': forwardedMethods,
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    'content-length': '0',
  };
  const asked = requestedHeaders?.trim() ?? '';
  if (asked !== '' && asked.length <= maxRequestedHeaders && headerNameList.test(asked)) headers['access-control-allow-headers'] = asked;
  if (privateNetwork) headers['access-control-allow-private-network'] = 'true';
  return headers;
}
