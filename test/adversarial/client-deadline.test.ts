// Proves the Akool client's deadline holds against a server that never answers or drips its body: a short timeout through createAkoolClient.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkoolClient } from '../../main/core/akool/client';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { canarySecret, goodToken } from './support/tokens';

const timeoutMs = 300;

describe('client deadline against a silent server', () => {
  let server: HostileServer;
  const client = createAkoolClient({ http: (url, init) => fetch(url, init), timeoutMs });
  beforeEach(async () => {
    server = await startHostileServer();
  });
  afterEach(() => server.close());

  const timed = async <T>(run: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> => {
    const started = performance.now();
    const result = await run();
    return { result, elapsedMs: performance.now() - started };
  };

  it('gives up on a token exchange that is never answered, and says so', async () => {
    server.script(tokenPath, () => ({ kind: 'hang' }));
    const { result, elapsedMs } = await timed(() => client.exchangeToken(server.baseUrl, { clientId: 'c', clientSecret: canarySecret() }));
    expect(result).toEqual({ kind: 'unreachable', detail: 'no answer within 0.3 s', status: null, retryAfterMs: null });
    expect(elapsedMs).toBeGreaterThanOrEqual(timeoutMs - 20);
    expect(elapsedMs).toBeLessThan(timeoutMs + 1500);
  });

  it('gives up on a quota answer whose headers come but whose body drips forever', async () => {
    server.script(quotaPath, () => ({ kind: 'drip', chunkBytes: 16, chunks: 1000, delayMs: 50, fill: ' ' }));
    const { result, elapsedMs } = await timed(() => client.fetchQuota(server.baseUrl, goodToken()));
    expect(result).toMatchObject({ kind: 'unreachable', detail: 'no answer within 0.3 s' });
    expect(elapsedMs).toBeLessThan(timeoutMs + 1500);
  });

  it('answers in time when the server is merely slow', async () => {
    server.script(quotaPath, () => ({ kind: 'slow', ms: 100, behaviour: { kind: 'json', body: { code: 1000, data: { credit: 5 } } } }));
    expect(await client.fetchQuota(server.baseUrl, goodToken())).toEqual({ kind: 'ok', credit: 5 });
  });
});
