// Proves hopByHopNames names the fixed hop-by-hop headers, every Proxy-* one, and those a Connection header lists.
import { describe, expect, it } from 'vitest';
import { hopByHopNames } from '../../../../main/node/proxy/hop-by-hop';

describe('hopByHopNames', () => {
  it('names the fixed set, Proxy-*, and the Connection header’s tokens (any case, repeated)', () => {
    const isHop = hopByHopNames(['Connection', 'keep-alive, X-Secret-Hop', 'connection', ' x-other ']);
    for (const name of ['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'proxy-authorization', 'proxy-connection', 'x-secret-hop', 'x-other']) {
      expect(isHop(name), name).toBe(true);
    }
    for (const name of ['content-type', 'x-api-key', 'authorization', 'content-length', 'x-secret']) expect(isHop(name), name).toBe(false);
  });
});
