// Keyring trouble at runtime level: no encryption or basic_text stores nothing without opt-in, and a vault once sealed by a keyring never seals under less.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { canarySecret, goodToken } from './support/tokens';
import { basicText, createVaultRig, noEncryption, strongProtection, type VaultRig } from './support/vault-rig';

describe('keyring trouble', () => {
  let server: HostileServer;
  const rigs: VaultRig[] = [];
  const rig = async (...args: Parameters<typeof createVaultRig>): Promise<VaultRig> => {
    const created = await createVaultRig(...args);
    rigs.push(created);
    return created;
  };
  const exchanges = (): number => server.requests.filter((request) => request.path === tokenPath).length;
  const add = (vault: VaultRig, clientSecret = canarySecret()) =>
    vault.call('addAccount', { label: 'Keyring', clientId: `client-${rigs.length}-${exchanges()}`, clientSecret, baseUrl: server.baseUrl });

  beforeEach(async () => {
    server = await startHostileServer();
    server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 1 } } }));
  });
  afterEach(async () => {
    await server.close();
    rigs.splice(0).forEach((vault) => vault.remove());
  });

  it('without any encryption, nothing is sent or stored, opt-in or not', async () => {
    const vault = await rig({ protection: noEncryption });
    expect(await add(vault)).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
    await vault.call('setWeakProtectionOptIn', { optIn: true });
    expect(await add(vault)).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
    expect(exchanges()).toBe(0);
    expect(vault.document().secrets).toEqual({});
    expect(vault.document().protectionFloor).toBeUndefined();
  });

  it('with Linux basic_text, nothing is sent or stored until the user opts in explicitly', async () => {
    const vault = await rig({ protection: basicText });
    const state = await vault.call('getState', {});
    expect(state.ok && state.data.protection).toMatchObject({ level: 'weak', canStoreSecrets: false });
    const refused = await add(vault);
    expect(refused).toMatchObject({ ok: false, error: { code: 'protection-unavailable', message: expect.stringMatching(/opt into weak protection/) } });
    expect(exchanges()).toBe(0);
    expect(vault.vaultBytes()).toBeNull();
    await vault.call('setWeakProtectionOptIn', { optIn: true });
    expect(await add(vault)).toMatchObject({ ok: true, data: { status: 'active' } });
    expect(vault.document().protectionFloor).toBe('weak');
  });

  describe('a backend that got weaker since the last run', () => {
    let strong: VaultRig;
    let accountId: string;
    let secret: string;
    beforeEach(async () => {
      strong = await rig({ protection: strongProtection });
      secret = canarySecret();
      accountId = await strong.addAccount(server.baseUrl, secret);
      expect(strong.document().protectionFloor).toBe('strong');
    });

    const weakRun = async (): Promise<VaultRig> => {
      const weak = await strong.reopen({ protection: basicText });
      expect(await weak.call('setWeakProtectionOptIn', { optIn: true })).toMatchObject({ ok: true, data: { canStoreSecrets: false } });
      return weak;
    };

    it('refuses to seal a new secret under basic_text even with the opt-in, and sends nothing', async () => {
      const weak = await weakRun();
      const before = weak.document();
      const sent = exchanges();
      const reply = await add(weak);
      expect(reply).toMatchObject({ ok: false, error: { code: 'protection-unavailable', message: expect.stringMatching(/never stores secrets under weaker protection/) } });
      expect(await weak.call('replaceSecret', { id: accountId, clientSecret: canarySecret() })).toMatchObject({
        ok: false,
        error: { code: 'protection-unavailable' },
      });
      expect(exchanges()).toBe(sent);
      expect(weak.document().secrets).toEqual(before.secrets);
      expect(weak.document().protectionFloor).toBe('strong');
      expect(await weak.call('renameAccount', { id: accountId, label: 'Still usable' })).toMatchObject({ ok: true });
    });

    it('refuses to re-seal a renewed token under basic_text, on renew and on a check that renews', async () => {
      const weak = await weakRun();
      const before = weak.document();
      expect(await weak.call('renewToken', { id: accountId })).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
      server.script(quotaPath, () => ({ kind: 'json', body: { code: 1101, msg: 'token expired' } }));
      expect(await weak.call('checkAccount', { id: accountId })).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
      expect(weak.document().secrets).toEqual(before.secrets);
      expect(await weak.openSecrets()).toEqual(await strong.openSecrets());
    });

    it('accepts another strong backend, and the keyring again once it is back', async () => {
      const other = await strong.reopen({ protection: { available: true, backend: 'kwallet5', weak: false } });
      expect(await add(other)).toMatchObject({ ok: true });
      await weakRun();
      const back = await strong.reopen({ protection: strongProtection });
      expect(await back.call('renewToken', { id: accountId })).toMatchObject({ ok: true, data: { status: 'active' } });
      expect(back.document().protectionFloor).toBe('strong');
    });
  });
});
