// The port to the loopback proxy that serves one grant (implemented in main/node/proxy/grant-proxy.ts). Must not import electron or node:*.

export interface UpstreamCredential {
  readonly header: 'x-api-key' | 'authorization';
  readonly value: string;
}

/** One proxied request as logged and counted: never a body or a header value. */
export interface ProxyRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly akoolCode?: number;
}

export interface GrantProxyOptions {
  /** What the child holds (base64url of 32 random bytes). */
  readonly standIn: string;
  /** The account's bound base URL. */
  readonly target: URL;
  /** The real key, or a fresh Bearer token (renewed first if due). */
  readonly credential: () => Promise<UpstreamCredential>;
  /** The real values to replace by the stand-in in answers. */
  readonly secrets: () => readonly string[];
  /** Browser origins allowed to call the proxy (--allow-origin). */
  readonly allowOrigins: readonly string[];
  readonly onRequest: (record: ProxyRequestRecord) => void;
  /** Called once, when an answer carried a piece of a secret: the proxy withheld it and revoked the grant. */
  readonly onSecretEchoed?: () => void;
}

export interface GrantProxy {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** Later requests carrying the stand-in get 401 with this one-line reason. */
  revoke(reason: string): void;
  close(): Promise<void>;
}

export type StartGrantProxy = (options: GrantProxyOptions) => Promise<GrantProxy>;
