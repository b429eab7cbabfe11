// Decides what the proxy does with one request before anything is sent: forward it, answer a CORS preflight, or refuse it with a code. Must not import electron.
import { checkApiPath } from './api-path';
import type { GrantCheck } from './grant-check';
import type { ProxyErrorCode } from './proxy-errors';
import { headerValues } from './raw-headers';

export interface FilterConfig {
  readonly port: number;
  readonly allowOrigins: ReadonlySet<string>;
  readonly grant: (rawHeaders: readonly string[]) => GrantCheck;
  /** The reason the grant was revoked, or null while it holds. */
  readonly revoked: () => string | null;
}

export interface FilterInput {
  readonly method: string;
  readonly target: string;
  readonly rawHeaders: readonly string[];
}

/** `origin`: the allowed Origin the request came from, whose answers then carry CORS headers; null for non-browser callers. */
export type FilterDecision =
  | { kind: 'forward'; path: string; query: string; origin: string | null }
  | { kind: 'preflight'; origin: string; requestedHeaders: string | undefined; privateNetwork: boolean }
  | { kind: 'refuse'; code: ProxyErrorCode; origin: string | null; detail?: string };

const forwardedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Fetch metadata a browser sends on a request another site started. */
const crossSite = new Set(['cross-site', 'same-site']);

/** One Host naming this proxy: 127.0.0.1:<port> or localhost:<port>. Anything else is how DNS rebinding looks. */
function hostIsOurs(rawHeaders: readonly string[], port: number): boolean {
  const hosts = headerValues(rawHeaders, 'host');
  const host = hosts.length === 1 ? (hosts[0] ?? '').toLowerCase() : '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The allowed origin, null for no browser, or 'refused' for any other Origin or a cross-site fetch without one. */
function originOf(rawHeaders: readonly string[], allowOrigins: ReadonlySet<string>): string | null | 'refused' {
  const origins = headerValues(rawHeaders, 'origin');
  if (origins.length > 1) return 'refused';
  const [origin] = origins;
  if (origin !== undefined) return allowOrigins.has(origin) ? origin : 'refused';
  return headerValues(rawHeaders, 'sec-fetch-site').some((site) => crossSite.has(site.trim().toLowerCase())) ? 'refused' : null;
}

/**
 * Checks in order: the method (never CONNECT), the target form, Host, Origin, the path, then (preflights excepted,
 * browsers send no credentials on them) the grant and whether it was revoked.
 */
export function filterRequest(input: FilterInput, config: FilterConfig): FilterDecision {
  if (!forwardedMethods.has(input.method)) return { kind: 'refuse', code: 'method-refused', origin: null };
  const apiPath = checkApiPath(input.target);
  if (!apiPath.ok && apiPath.code === 'not-origin-form') return { kind: 'refuse', code: apiPath.code, origin: null };
  if (!hostIsOurs(input.rawHeaders, config.port)) return { kind: 'refuse', code: 'wrong-host', origin: null };
  const origin = originOf(input.rawHeaders, config.allowOrigins);
  if (origin === 'refused') return { kind: 'refuse', code: 'origin-refused', origin: null };
  if (!apiPath.ok) return { kind: 'refuse', code: apiPath.code, origin };
  const [requestMethod] = headerValues(input.rawHeaders, 'access-control-request-method');
  if (input.method === 'OPTIONS' && origin !== null && requestMethod !== undefined) {
    const [requestedHeaders] = headerValues(input.rawHeaders, 'access-control-request-headers');
    const privateNetwork = headerValues(input.rawHeaders, 'access-control-request-private-network').includes('true');
    return { kind: 'preflight', origin, requestedHeaders, privateNetwork };
  }
  const grant = config.grant(input.rawHeaders);
  if (grant !== 'granted') return { kind: 'refuse', code: grant, origin };
  const reason = config.revoked();
  if (reason !== null) return { kind: 'refuse', code: 'grant-revoked', origin, detail: reason };
  return { kind: 'forward', path: apiPath.path, query: apiPath.query, origin };
}
