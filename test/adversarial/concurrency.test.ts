// Concurrency through the real dispatcher: a thousand simultaneous checks make one request, and mixed operations on one account never overlap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { canarySecret, goodToken } from './support/tokens';
import { createVaultRig, type VaultRig } from './support/vault-rig';

describe('concurrent requests for one account', () => {
  let server: HostileServer;
  let rig: VaultRig;
  let id: string;

  beforeEach(async () => {
    server = await startHostileServer();
    server.script(tokenPath, () => ({ kind: 'slow', ms: 20, behaviour: { kind: 'json', body: { code: 1000, token: goodToken() } } }));
    server.script(quotaPath, () => ({ kind: 'slow', ms: 150, behaviour: { kind: 'json', body: { code: 1000, data: { credit: 11 } } } }));
    rig = await createVaultRig();
    id = await rig.addAccount(server.baseUrl, canarySecret());
  });
  afterEach(async () => {
    await server.close();
    rig.remove();
  });

  const requests = (path: string): number => server.requests.filter((request) => request.path === path).length;

  it('1,000 simultaneous checks through runtime.dispatch cause one quota request, and all get its answer', async () => {
    const before = requests(quotaPath);
    const replies = await Promise.all(Array.from({ length: 1000 }, () => rig.runtime.dispatch('vault:checkAccount', { id })));
    expect(requests(quotaPath) - before).toBe(1);
    expect(server.maxInFlight(quotaPath)).toBe(1);
    const first = JSON.stringify(replies[0]);
    expect(replies.every((reply) => JSON.stringify(reply) === first)).toBe(true);
    expect(replies[0]).toMatchObject({ ok: true, data: { id, status: 'active', credit: 11 } });
  }, 20_000);

  it('checks, renewals and renames fired together for one account run one at a time: never two requests in flight', async () => {
    const calls = Array.from({ length: 60 }, (_, index) => {
      if (index % 10 === 0) return rig.runtime.dispatch('vault:renewToken', { id });
      if (index % 10 === 5) return rig.runtime.dispatch('vault:renameAccount', { id, label: `label ${index}` });
      return rig.runtime.dispatch('vault:checkAccount', { id });
    });
    const replies = await Promise.all(calls);
    expect(replies.every((reply) => typeof reply === 'object' && reply !== null && Reflect.get(reply, 'ok') === true)).toBe(true);
    expect(server.maxInFlight()).toBe(1);
    expect(requests(tokenPath)).toBeGreaterThanOrEqual(2);
    expect(requests(quotaPath)).toBeGreaterThanOrEqual(3);
  }, 20_000);
});
