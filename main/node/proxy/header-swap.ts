// Builds the headers each side sees: the upstream request gets the child's headers with exactly one real credential instead of the stand-in; the child gets the answer's headers with every secret replaced by the stand-in. Must not import electron.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { UpstreamCredential } from '../../core/cli-grants/proxy-port';
import { hopByHopNames } from './hop-by-hop';

/** Never passed upstream: the child's credentials, its view of the host, what it may not choose (encoding, expectations). */
const notForwarded = new Set(['host', 'x-api-key', 'authorization', 'origin', 'accept-encoding', 'expect', 'content-length']);
/** Never passed to the child: recomputed (length, CORS) or refused before (encoding). */
const notReturned = new Set(['content-length', 'content-encoding']);

function appendHeader(headers: OutgoingHttpHeaders, name: string, value: string): void {
  const present = headers[name];
  if (present === undefined) headers[name] = value;
  else headers[name] = Array.isArray(present) ? [...present, value] : [String(present), value];
}

/** The header value to send: the token with `Bearer ` in front when the credential is a bare token. */
export function credentialHeaderValue(credential: UpstreamCredential): string {
  if (credential.header === 'x-api-key') return credential.value;
  return /^Bearer /i.test(credential.value) ? credential.value : `Bearer ${credential.value}`;
}

/** The secret a credential carries, as the answer screen must look for it: the key, or the bare token. */
export function credentialSecret(credential: UpstreamCredential): string {
  return credential.header === 'authorization' ? credential.value.replace(/^Bearer +/i, '') : credential.value;
}

/**
 * The child's headers minus hop-by-hop ones, both credential headers, Host, Origin, Accept-Encoding and Expect; plus
 * exactly one credential header and `accept-encoding: identity` (the answer must be screenable). `contentLength` is
 * the child's declared length, kept so a fixed-length upload stays fixed-length.
 */
export function upstreamHeaders(rawHeaders: readonly string[], credential: UpstreamCredential, contentLength: string | undefined): OutgoingHttpHeaders {
  const hopByHop = hopByHopNames(rawHeaders);
  const headers: OutgoingHttpHeaders = {};
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    if (notForwarded.has(name) || hopByHop(name)) continue;
    appendHeader(headers, name, rawHeaders[index + 1] ?? '');
  }
  if (contentLength !== undefined) headers['content-length'] = contentLength;
  headers['accept-encoding'] = 'identity';
  headers[credential.header] = credentialHeaderValue(credential);
  return headers;
}

/**
 * The answer's headers for the child: no hop-by-hop ones, no Content-Length or Content-Encoding, no CORS headers of
 * the server's (the proxy answers CORS itself). Names and values go through `screen` as one text, one per line, so a
 * secret split across two headers is found as well; no header can hold a line break. Null when `screen` refuses.
 */
export function childHeaders(rawHeaders: readonly string[], screen: (text: string) => string | null): OutgoingHttpHeaders | null {
  const hopByHop = hopByHopNames(rawHeaders);
  const kept: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    if (notReturned.has(name) || name.startsWith('access-control-') || hopByHop(name)) continue;
    kept.push(name, rawHeaders[index + 1] ?? '');
  }
  if (kept.length === 0) return {};
  const screened = screen(kept.join('\n'))?.split('\n') ?? null;
  if (screened === null || screened.length !== kept.length) return null;
  const headers: OutgoingHttpHeaders = {};
  for (let index = 0; index + 1 < screened.length; index += 2) appendHeader(headers, (screened[index] ?? '').toLowerCase(), screened[index + 1] ?? '');
  return headers;
}

/** The declared Content-Length of a message, when it is one plain number. */
export function declaredLength(headers: IncomingHttpHeaders): number | null {
  const value = headers['content-length'];
  return value !== undefined && /^\d{1,16}$/.test(value) ? Number(value) : null;
}
