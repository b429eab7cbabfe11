// The port to the loopback proxy that serves one grant (implemented in main/node/proxy/grant-proxy.ts). Must not import electron or node:*.

export interface UpstreamCredential {
  readonly header: 'x-api-key' | 'authorization';
  /** The key, or the token (a value without a scheme gets `Bearer ` in front). */
  readonly value: string;
}

/** One request, as the run's log keeps it: never a body, a query or a header. `status` 0: the child left before an answer. */
export interface ProxyRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly akoolCode?: number;
}

export interface GrantProxyOptions {
  /** What the child holds (base64url of 32 random bytes). */
  readonly standIn: string;
  /** The account's bound base URL (https, or http on this computer only, as normalizeBaseUrl allows). */
  readonly target: URL;
  /** The real key, or a fresh Bearer token (renewed first if due); asked once per forwarded request. */
  readonly credential: () => Promise<UpstreamCredential>;
  /** Real values to replace by the stand-in in answers (the credential in use is always added). */
  readonly secrets: () => readonly string[];
  /** --allow-origin: browser origins that may call the proxy (CORS); every other Origin is refused. */
  readonly allowOrigins: readonly string[];
  /** Method, path, status, Akool code; never bodies. */
  readonly onRequest: (record: ProxyRequestRecord) => void;
  /** Called once, when an answer carried a piece of a secret and the proxy withheld it and revoked the grant. */
  readonly onSecretEchoed?: () => void;
}

export interface GrantProxy {
  /** http://127.0.0.1:<port>: AKOOL_BASE_URL for the child. */
  readonly baseUrl: string;
  /** Every later request carrying the stand-in gets 401 with `reason`; requests in flight are cut off the same way. */
  revoke(reason: string): void;
  /** Revokes the grant, closes every connection and the listener. */
  close(): Promise<void>;
}

export type StartGrantProxy = (options: GrantProxyOptions) => Promise<GrantProxy>;
