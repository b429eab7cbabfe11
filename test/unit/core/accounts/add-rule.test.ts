// Proves the one rule for adding both kinds (issue 17, item 6): Akool-recognised accounts are stored with their status, 1101/1102/1109 are refused, and "Save without checking" stores a sealed credential the monitor checks later.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, startSandbox, type Sandbox } from '../../../sandbox/server';
import { statusDemoAccounts } from '../../../sandbox/status-demo-accounts';
import { startLoopbackServer, type LoopbackServer } from '../../../support/loopback-server';
import { createVaultFixture, type VaultFixture } from '../../../support/vault-fixture';
import { demoSecret } from '../../../sandbox/demo-secret';

describe('adding follows one rule for both kinds', () => {
  let sandbox: Sandbox;
  let akool: LoopbackServer;
  let vault: VaultFixture;
  beforeAll(async () => {
    [sandbox, akool] = await Promise.all([
      startSandbox({ accounts: [...demoAccounts, ...statusDemoAccounts] }),
      startLoopbackServer(),
    ]);
  });
  afterAll(() => Promise.all([sandbox.close(), akool.close()]));
  afterEach(() => vault.remove());

  const byKey = (clientId: string, baseUrl = sandbox.baseUrl) =>
    vault.service.add({ kind: 'api-key', apiKey: demoSecret(clientId), baseUrl, label: clientId });
  const byCredentials = (clientId: string, baseUrl = sandbox.baseUrl) =>
    vault.service.add({ clientId, clientSecret: demoSecret(clientId), baseUrl, label: clientId });

  it.each([
    ['demo-banned', 'banned'],
    ['demo-overdue', 'payment-overdue'],
    ['demo-no-credit', 'out-of-credit'],
    ['demo-no-quota', 'out-of-credit'],
    ['demo-subscription', 'subscription-needed'],
    ['demo-subscription-api', 'subscription-needed'],
  ])('stores %s with status %s, added by API key or by client ID and secret alike', async (clientId, status) => {
    vault = createVaultFixture();
    const keyed = await byKey(clientId);
    await vault.service.remove(keyed.id);
    const exchanged = await byCredentials(clientId);
    expect([keyed.status, exchanged.status]).toEqual([status, status]);
    expect(keyed.problem).toBe(exchanged.problem);
    expect(keyed.checkedAt).not.toBeNull();
    expect(vault.diskText()).not.toContain(demoSecret(clientId));
  });

  it.each([
    ['an unknown key (1101)', 'not-a-key-at-all'],
    ['an account Akool does not have (1109)', demoSecret('demo-no-account')],
  ])('refuses %s by API key and stores nothing', async (_name, apiKey) => {
    vault = createVaultFixture();
    await expect(vault.service.add({ kind: 'api-key', apiKey, baseUrl: sandbox.baseUrl })).rejects.toMatchObject({
      code: 'invalid-credentials',
    });
    expect(vault.service.state().accounts).toEqual([]);
  });

  it('refuses a wrong client secret (1101) and an account Akool does not have (1109) by client ID', async () => {
    vault = createVaultFixture();
    await expect(
      vault.service.add({ clientId: 'demo-active', clientSecret: 'wrong-secret', baseUrl: sandbox.baseUrl }),
    ).rejects.toMatchObject({ code: 'invalid-credentials' });
    await expect(byCredentials('demo-no-account')).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(vault.service.state().accounts).toEqual([]);
    expect(vault.diskText()).not.toContain(demoSecret('demo-no-account'));
  });

  it('stores a client-credentials account whose exchange Akool answers 1200, with no token, banned', async () => {
    vault = createVaultFixture();
    const baseUrl = akool.route('banned-exchange', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 1200, msg: 'Account banned' }));
    });
    const view = await vault.service.add({ clientId: 'c-1', clientSecret: 'exchange-refused-secret', baseUrl });
    expect(view).toMatchObject({ status: 'banned', tokenFingerprint: null, expiresAt: null, label: 'c-1' });
    expect((await vault.reopen().state()).accounts).toMatchObject([{ id: view.id, status: 'banned', tokenFingerprint: null }]);
  });

  it.each(['api-key', 'client-credentials'] as const)(
    'a %s account cannot be reached: refused as unreachable, then "Save without checking" stores it sealed and unchecked',
    async (kind) => {
      vault = createVaultFixture();
      const offline = await startLoopbackServer();
      const baseUrl = offline.origin;
      await offline.close();
      const secret = demoSecret('demo-active');
      const input =
        kind === 'api-key'
          ? { kind, apiKey: secret, baseUrl, label: 'Later' }
          : { clientId: 'demo-active', clientSecret: secret, baseUrl, label: 'Later' };
      await expect(vault.service.add(input)).rejects.toMatchObject({ code: 'unreachable' });
      expect(vault.service.state().accounts).toEqual([]);
      const saved = await vault.service.add({ ...input, skipCheck: true });
      expect(saved).toMatchObject({ status: 'unknown', checkedAt: null, credit: null, label: 'Later' });
      expect(vault.diskText()).not.toContain(secret);
      expect((await vault.reopen().state()).accounts).toEqual([saved]);
    },
  );

  it.each(['api-key', 'client-credentials'] as const)(
    'a %s account saved without checking becomes active at its first check (the key checked, the secret exchanged)',
    async (kind) => {
      vault = createVaultFixture();
      const secret = demoSecret('demo-active');
      const saved =
        kind === 'api-key'
          ? await vault.service.add({ kind, apiKey: secret, baseUrl: sandbox.baseUrl, skipCheck: true })
          : await vault.service.add({ clientId: 'demo-active', clientSecret: secret, baseUrl: sandbox.baseUrl, skipCheck: true });
      expect(saved.status).toBe('unknown');
      const checked = await vault.service.check(saved.id);
      expect(checked).toMatchObject({ status: 'active', credit: 1234 });
      if (kind === 'client-credentials') expect(checked.tokenFingerprint).toMatch(/^[0-9a-f]{8}$/);
    },
  );

  it('names an unlabelled API-key account "API key 1", then "API key 2", skipping numbers in use', async () => {
    vault = createVaultFixture();
    const first = await vault.service.add({ kind: 'api-key', apiKey: demoSecret('demo-active'), baseUrl: sandbox.baseUrl });
    const second = await vault.service.add({ kind: 'api-key', apiKey: demoSecret('demo-expiring'), baseUrl: sandbox.baseUrl });
    await vault.service.rename(first.id, 'API key 3');
    const third = await vault.service.add({ kind: 'api-key', apiKey: demoSecret('demo-renewable'), baseUrl: sandbox.baseUrl });
    expect([first.label, second.label, third.label]).toEqual(['API key 1', 'API key 2', 'API key 1']);
  });
});
