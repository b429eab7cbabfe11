// Keyring trouble at runtime level: no encryption or basic_text stores nothing without opt-in, a vault once sealed by a keyring never seals under less, and weak or rotated seals are sealed again.
import { randomBytes } from 'node:crypto';
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

    it('still refuses when another program deleted the floor from the file: the strong seals themselves raise it', async () => {
      strong.editFile(({ protectionFloor: _floor, ...document }) => document);
      expect(strong.document().protectionFloor).toBeUndefined();
      const weak = await weakRun();
      const sent = exchanges();
      expect(await add(weak)).toMatchObject({ ok: false, error: { code: 'protection-unavailable', message: expect.stringMatching(/never stores secrets under weaker protection/) } });
      expect(await weak.call('replaceSecret', { id: accountId, clientSecret: canarySecret() })).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
      expect(exchanges()).toBe(sent);
      expect(await weak.call('getState', {})).toMatchObject({ ok: true, data: { protection: { level: 'weak', canStoreSecrets: false } } });
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

  describe('weak seals do not outlive the weakness', () => {
    const protectionOf = async (vault: VaultRig) => {
      const state = await vault.call('getState', {});
      if (!state.ok) throw new Error(state.error.code);
      return state.data.protection;
    };
    const firstBytes = (vault: VaultRig): number[] =>
      Object.values(vault.document().secrets).flatMap((entries) => Object.values(entries).map((sealed) => Buffer.from(sealed, 'base64')[0] ?? -1));

    it('basic_text seals are judged weak from their bytes and counted; a keyring seals them again at the next start', async () => {
      const weak = await rig({ protection: basicText });
      await weak.call('setWeakProtectionOptIn', { optIn: true });
      const id = await weak.addAccount(server.baseUrl, canarySecret(), 'Weak');
      expect(await protectionOf(weak)).toMatchObject({ level: 'weak', sealMark: 'v10', weakSeals: 2, canStoreSecrets: true });
      const secrets = await weak.openSecrets();

      const strong = await weak.reopen({ protection: strongProtection });
      expect(await protectionOf(strong)).toMatchObject({ level: 'strong', sealMark: 'v11', weakSeals: 0 });
      expect(firstBytes(strong)).toEqual([0x0b, 0x0b]);
      expect(strong.document().protectionFloor).toBe('strong');
      expect(await strong.openSecrets()).toEqual(secrets);
      expect(await strong.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    });

    it('the warning stays, with the count, while the weak seals cannot be sealed again', async () => {
      const weak = await rig({ protection: basicText });
      await weak.call('setWeakProtectionOptIn', { optIn: true });
      expect(await add(weak)).toMatchObject({ ok: true });
      const failing = { on: true };
      const stuck = await weak.reopen({
        protection: strongProtection,
        wrapStore: (store) => ({
          path: store.path,
          read: () => store.read(),
          moveAside: (suffix) => store.moveAside(suffix),
          write: (document) => {
            if (failing.on) throw new Error('EROFS: simulated');
            store.write(document);
          },
        }),
      });
      rigs.push(stuck);
      expect(await protectionOf(stuck)).toMatchObject({ level: 'strong', weakSeals: 2 });
      failing.on = false;
      const healed = await weak.reopen({ protection: strongProtection });
      rigs.push(healed);
      expect(await protectionOf(healed)).toMatchObject({ level: 'strong', weakSeals: 0 });
    });

    it('a rotated key (shouldReEncrypt) seals everything again under the new key at the next start', async () => {
      const first = await rig({ protection: strongProtection });
      const id = await first.addAccount(server.baseUrl, canarySecret());
      const secrets = await first.openSecrets();
      const newKey = randomBytes(32);
      const rotated = await first.reopen({ key: newKey, previousKeys: [first.key] });
      rigs.push(rotated);
      const onlyNew = await first.reopen({ key: newKey });
      rigs.push(onlyNew);
      expect(await onlyNew.openSecrets()).toEqual(secrets);
      expect(await onlyNew.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    });
  });
});
