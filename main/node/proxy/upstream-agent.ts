// The connection pool for one run's upstream: keep-alive, and for https the bundled root store with verification forced on, so NODE_TLS_REJECT_UNAUTHORIZED and NODE_EXTRA_CA_CERTS cannot weaken the connection that carries the real key. Must not import electron.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { rootCertificates } from 'node:tls';

/**
 * Explicit options win over the environment: tls.connect spreads them over its env-derived default
 * (`{ rejectUnauthorized: !allowUnauthorized, ...options }`, lib/_tls_wrap.js), and an explicit `ca` replaces the
 * default store that NODE_EXTRA_CA_CERTS extends. Plain http is for 127.0.0.1 only (normalizeBaseUrl).
 */
export function upstreamAgent(protocol: string): HttpAgent {
  return protocol === 'https:' ? new HttpsAgent({ keepAlive: true, rejectUnauthorized: true, ca: [...rootCertificates] }) : new HttpAgent({ keepAlive: true });
}
