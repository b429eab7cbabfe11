// Proves API-key accounts end to end against the sandbox over real HTTP: add, check, copy, renew, replace, and the key bound to its base URL.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../../../main/core/accounts/fingerprint';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createVaultFixture, type VaultFixture } from '../../../support/vault-fixture';
import { demoSecret } from '../../../sandbox/demo-secret';

describe('API-key accounts against the sandbox', () => {
  let sandbox: Sandbox;
  let elsewhere: Sandbox;
  let vault: VaultFixture;
  beforeAll(async () => {
    [sandbox, elsewhere] = await Promise.all([startSandbox(), startSandbox()]);
  });
  afterAll(() => Promise.all([sandbox.close(), elsewhere.close()]));
  afterEach(() => vault.remove());

  const addByKey = (apiKey: string, label?: string) =>
    vault.service.add({ kind: 'api-key', apiKey, baseUrl: sandbox.baseUrl, ...(label === undefined ? {} : { label }) });
  const keyRequests = (server: Sandbox) => server.requests.filter((request) => request.hasApiKey);

  it('adds by key: checked once with x-api-key only, active with credit, key fingerprint, no token; only ciphertext on disk', async () => {
    vault = createVaultFixture();
    const before = sandbox.requests.length;
    const key = demoSecret('demo-active');
    const view = await addByKey(key);
    expect(view).toMatchObject({
      kind: 'api-key',
      status: 'active',
      credit: 1234,
      clientId: '',
      expiresAt: null,
      tokenFingerprint: null,
      keyFingerprint: tokenFingerprint(key),
      label: 'API key 1',
    });
    const sent = sandbox.requests.slice(before);
    expect(sent).toEqual([{ method: 'GET', path: '/api/open/v3/faceswap/quota/info', hasAuthorization: false, hasApiKey: true }]);
    expect(vault.diskText()).not.toContain(key);
    expect(vault.logLines.join('\n')).not.toContain(key);
    expect(JSON.stringify(vault.service.state())).not.toContain(key);
    expect((await vault.reopen().state()).accounts).toEqual([view]);
  });

  it('counts the check that accepted the key as the first credit reading, as the first check of a token is', async () => {
    vault = createVaultFixture();
    const view = await addByKey(demoSecret('demo-active'));
    expect(view.creditHistory).toEqual([{ at: expect.any(String), credit: 1234 }]);
  });

  it.each([
    ['a wrong key', 'not-a-real-key', 'invalid-credentials'],
  ])('refuses %s with a clear error and stores nothing', async (_name, key, code) => {
    vault = createVaultFixture();
    await expect(addByKey(key)).rejects.toMatchObject({ code, message: expect.stringMatching(/API key|banned/i) });
    expect(vault.service.state().accounts).toEqual([]);
    expect(vault.diskText()).not.toContain(key);
  });

  it('refuses the same key twice at the same base URL', async () => {
    vault = createVaultFixture();
    await addByKey(demoSecret('demo-active'));
    await expect(addByKey(demoSecret('demo-active'))).rejects.toMatchObject({ code: 'invalid-input' });
    expect(vault.service.state().accounts).toHaveLength(1);
  });

  it('checks with the key; a key that turned invalid is invalid at once, with no exchange', async () => {
    vault = createVaultFixture();
    const view = await addByKey(demoSecret('demo-renewable'));
    sandbox.setCredit('demo-renewable', 77);
    expect(await vault.service.check(view.id)).toMatchObject({ status: 'active', credit: 77 });
    const exchanges = sandbox.exchangeCount('demo-renewable');
    sandbox.setState('demo-renewable', 'invalid-secret');
    try {
      expect(await vault.service.check(view.id)).toMatchObject({ status: 'invalid', credit: 77 });
      expect(sandbox.exchangeCount('demo-renewable')).toBe(exchanges);
    } finally {
      sandbox.setState('demo-renewable', 'active');
    }
  });

  it('refuses to renew a key account with a typed error, sending nothing', async () => {
    vault = createVaultFixture();
    const view = await addByKey(demoSecret('demo-active'));
    const before = sandbox.requests.length;
    await expect(vault.service.renew(view.id)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/no token/) });
    expect(await vault.service.renewWhen(view.id, () => true)).toEqual({ kind: 'skipped' });
    expect(sandbox.requests.length).toBe(before);
  });

  it('copies the key and exactly `x-api-key: <key>`; token formats are refused', async () => {
    vault = createVaultFixture();
    const key = demoSecret('demo-active');
    const view = await addByKey(key);
    await vault.service.copyToken(view.id, 'api-key');
    expect(vault.clipboard.text()).toBe(key);
    await vault.service.copyToken(view.id, 'api-key-header');
    expect(vault.clipboard.text()).toBe(`x-api-key: ${key}`);
    await vault.service.copyToken(view.id);
    expect(vault.clipboard.text()).toBe(key);
    await vault.service.clearClipboard();
    await expect(vault.service.copyToken(view.id, 'header')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(vault.service.copyToken(view.id, 'token')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(vault.clipboard.text()).toBe('');
  });

  it("copies a client-credentials account's secret as its API key and header", async () => {
    vault = createVaultFixture();
    const secret = demoSecret('demo-active');
    const view = await vault.service.add({ clientId: 'demo-active', clientSecret: secret, baseUrl: sandbox.baseUrl });
    expect(view).toMatchObject({ kind: 'client-credentials', keyFingerprint: null });
    await vault.service.copyToken(view.id, 'api-key-header');
    expect(vault.clipboard.text()).toBe(`x-api-key: ${secret}`);
    await vault.service.copyToken(view.id, 'api-key');
    expect(vault.clipboard.text()).toBe(secret);
  });

  it('replaces the key only once the new one is checked', async () => {
    vault = createVaultFixture();
    const view = await addByKey(demoSecret('demo-active'));
    await expect(vault.service.replaceSecret(view.id, 'wrong-key')).rejects.toMatchObject({ code: 'invalid-credentials' });
    await vault.service.copyToken(view.id, 'api-key');
    expect(vault.clipboard.text()).toBe(demoSecret('demo-active'));
    const replaced = await vault.service.replaceSecret(view.id, demoSecret('demo-expiring'));
    expect(replaced).toMatchObject({ status: 'active', credit: 50, keyFingerprint: tokenFingerprint(demoSecret('demo-expiring')) });
    await vault.service.copyToken(view.id, 'api-key');
    expect(vault.clipboard.text()).toBe(demoSecret('demo-expiring'));
  });

  it('sends nothing when the base URL was edited in the file: the key is bound to the base URL it was checked at', async () => {
    vault = createVaultFixture();
    const view = await addByKey(demoSecret('demo-active'));
    const [file] = readdirSync(vault.dataDir).filter((name) => name.endsWith('.json'));
    if (file === undefined) throw new Error('no vault file');
    const path = join(vault.dataDir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(sandbox.baseUrl);
    writeFileSync(path, text.replaceAll(sandbox.baseUrl, elsewhere.baseUrl));
    const reopened = vault.reopen();
    await expect(reopened.check(view.id)).rejects.toMatchObject({ code: 'record-changed' });
    await expect(reopened.copyToken(view.id, 'api-key-header')).rejects.toMatchObject({ code: 'record-changed' });
    expect(keyRequests(elsewhere)).toEqual([]);
    expect(vault.clipboard.text()).toBe('');
  });
});
