// Test helper: a grant proxy in front of any upstream, with a fresh stand-in and the records it logged. Must not import electron.
import { randomBytes } from 'node:crypto';
import { startGrantProxy, type GrantProxy, type GrantProxyOptions, type ProxyRequestRecord, type UpstreamCredential } from '../../main/node/proxy/grant-proxy';

export interface ProxyRig {
  readonly proxy: GrantProxy;
  readonly standIn: string;
  readonly records: ProxyRequestRecord[];
  /** How many times the proxy asked for the credential. */
  readonly credentialCalls: () => number;
  /** The stand-in as x-api-key, for fetch. */
  readonly keyHeaders: Record<string, string>;
}

export async function startProxyRig(target: string, credential: UpstreamCredential, overrides: Partial<GrantProxyOptions> = {}): Promise<ProxyRig> {
  const standIn = randomBytes(32).toString('base64url');
  const records: ProxyRequestRecord[] = [];
  let calls = 0;
  const proxy = await startGrantProxy({
    standIn,
    target: new URL(target),
    credential: () => {
      calls += 1;
      return Promise.resolve(credential);
    },
    secrets: () => [credential.value],
    allowOrigins: [],
    onRequest: (record) => records.push(record),
    ...overrides,
  });
  return { proxy, standIn, records, credentialCalls: () => calls, keyHeaders: { 'x-api-key': standIn } };
}
