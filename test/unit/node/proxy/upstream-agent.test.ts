// Proves the proxy's https agent forces certificate checks and the bundled root store, whatever NODE_TLS_REJECT_UNAUTHORIZED or NODE_EXTRA_CA_CERTS say.
import { Agent as HttpsAgent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { upstreamAgent } from '../../../../main/node/proxy/upstream-agent';

describe('upstreamAgent', () => {
  it('pins rejectUnauthorized and the bundled roots for https, and keeps connections alive', () => {
    const agent = upstreamAgent('https:');
    expect(agent).toBeInstanceOf(HttpsAgent);
    expect(Reflect.get(agent, 'options')).toMatchObject({ keepAlive: true, rejectUnauthorized: true, ca: [...rootCertificates] });
    agent.destroy();
  });

  it('uses a plain keep-alive agent for http (127.0.0.1 only, as normalizeBaseUrl allows)', () => {
    const agent = upstreamAgent('http:');
    expect(agent).not.toBeInstanceOf(HttpsAgent);
    expect(Reflect.get(agent, 'options')).toMatchObject({ keepAlive: true });
    agent.destroy();
  });
});
