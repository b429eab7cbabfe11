// Proves the vault's use cases end to end against the Akool-compatible sandbox over real HTTP.
import { createHash } from 'node:crypto';
import { removeUndoMs } from '../../../../main/core/accounts/pending-removals';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../preload/contract';
import { demoAccounts, startSandbox, type Sandbox } from '../../../sandbox/server';
import { defaultLabel } from '../../../../main/core/accounts/account-rules';
import { createVaultFixture, type VaultFixture } from '../../../support/vault-fixture';

const seed = (clientId: string) => {
  const found = demoAccounts.find((account) => account.clientId === clientId);
  if (found === undefined) throw new Error(`no demo account ${clientId}`);
  return found;
};
const fingerprintOf = (token: string): string => createHash('sha256').update(token).digest('hex').slice(0, 8);

describe('account service against the sandbox', () => {
  let sandbox: Sandbox;
  let vault: VaultFixture;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());
  afterEach(() => vault.remove());

  const add = (clientId: string, clientSecret = seed(clientId).clientSecret) =>
    vault.service.add({ label: `Label ${clientId}`, clientId, clientSecret, baseUrl: sandbox.baseUrl });

  it('adds an account: active, with expiry, identity and credit; only ciphertext on disk', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    expect(view).toMatchObject({ status: 'active', credit: 1234, email: 'active@sandbox.test', uid: '100001' });
    expect(Date.parse(view.expiresAt ?? '') - Date.now()).toBeGreaterThan(399 * 86_400_000);
    await vault.service.copyToken(view.id, 'token');
    const token = vault.clipboard.text();
    expect(fingerprintOf(token)).toBe(view.tokenFingerprint);
    expect(vault.diskText()).not.toContain(token);
    expect(vault.diskText()).not.toContain('demo-secret-active');
    expect((await vault.reopen().state()).accounts).toEqual([view]);
  });

  it('names an account added without a label after the email in its token', async () => {
    vault = createVaultFixture();
    const { clientSecret } = seed('demo-active');
    const view = await vault.service.add({ clientId: 'demo-active', clientSecret, baseUrl: sandbox.baseUrl });
    expect(view.label).toBe('active@sandbox.test');
    expect(vault.reopen().state().accounts.map((account) => account.label)).toEqual(['active@sandbox.test']);
  });

  it('keeps a label the user gave over the email in the token', async () => {
    vault = createVaultFixture();
    expect((await add('demo-active')).label).toBe('Label demo-active');
  });

  it('stores nothing when the secret is wrong, and says why', async () => {
    vault = createVaultFixture();
    await expect(add('demo-active', 'wrong-secret')).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(vault.service.state().accounts).toEqual([]);
    expect(vault.reopen().state().accounts).toEqual([]);
  });

  it('refuses a base URL that is neither https nor loopback', async () => {
    vault = createVaultFixture();
    await expect(
      vault.service.add({ label: 'x', clientId: 'demo-active', clientSecret: 's', baseUrl: 'http://example.com' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('refuses a second account with the same client ID and base URL', async () => {
    vault = createVaultFixture();
    await add('demo-active');
    await expect(add('demo-active')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(vault.service.state().accounts).toHaveLength(1);
  });

  it('shows a banned account as banned and keeps its credentials', async () => {
    vault = createVaultFixture();
    const view = await add('demo-banned');
    expect(view.status).toBe('banned');
    expect(view.problem).toContain('1200');
    await vault.service.copyToken(view.id, 'token');
    expect(vault.clipboard.text()).not.toBe('');
  });

  it('renews an expired first token during the first check', async () => {
    vault = createVaultFixture();
    const view = await add('demo-expired');
    expect(view.status).toBe('active');
    expect(Date.parse(view.expiresAt ?? '')).toBeGreaterThan(Date.now());
    expect(sandbox.exchangeCount('demo-expired')).toBe(2);
  });

  it('re-exchanges once on 1101 and shows the new token fingerprint', async () => {
    vault = createVaultFixture();
    const before = await add('demo-expiring');
    expect(before.status).toBe('expiring');
    sandbox.expireTokens('demo-expiring');
    const after = await vault.service.check(before.id);
    expect(after.status).toBe('expiring');
    expect(after.tokenFingerprint).not.toBe(before.tokenFingerprint);
  });

  it('marks invalid credentials when the re-exchange fails too, keeping the secret', async () => {
    vault = createVaultFixture();
    sandbox.setState('demo-active', 'active');
    const view = await add('demo-active');
    sandbox.expireTokens('demo-active');
    sandbox.setState('demo-active', 'invalid-secret');
    try {
      const checked = await vault.service.check(view.id);
      expect(checked.status).toBe('invalid');
      expect(checked.credit).toBe(1234);
      sandbox.setState('demo-active', 'active');
      expect((await vault.service.check(view.id)).status).toBe('active');
    } finally {
      sandbox.setState('demo-active', 'active');
    }
  });

  it('shows unreachable and keeps the last known credit when the server is gone', async () => {
    vault = createVaultFixture();
    const own = await startSandbox();
    const view = await vault.service.add({
      label: 'Gone',
      clientId: 'demo-active',
      clientSecret: 'demo-secret-active',
      baseUrl: own.baseUrl,
    });
    await own.close();
    const checked = await vault.service.check(view.id);
    expect(checked).toMatchObject({ status: 'unreachable', credit: 1234, tokenFingerprint: view.tokenFingerprint });
    expect(checked.checkedAt).not.toBeNull();
  });

  it('renames, and replaces a secret only when the new one works', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    expect((await vault.service.rename(view.id, 'Renamed')).label).toBe('Renamed');
    await expect(vault.service.replaceSecret(view.id, 'wrong')).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect((await vault.service.renew(view.id)).status).toBe('active');
    const replaced = await vault.service.replaceSecret(view.id, 'demo-secret-active');
    expect(replaced.tokenFingerprint).not.toBe(view.tokenFingerprint);
  });

  it('removes an account together with both of its secrets', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    const sealedBefore = (vault.diskText().match(/"[A-Za-z0-9+/]{40,}={0,2}"/g) ?? []).length;
    expect(sealedBefore).toBe(2);
    await vault.service.remove(view.id);
    expect(vault.service.state().accounts).toEqual([]);
    // Kept for the undo window (see undo-remove.test.ts), then dropped.
    vault.clock.advance(removeUndoMs);
    expect(vault.diskText().match(/"[A-Za-z0-9+/]{40,}={0,2}"/g) ?? []).toEqual([]);
    await expect(vault.service.check(view.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('never revives an account removed while its check was running', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    const check = vault.service.check(view.id);
    const removal = vault.service.remove(view.id);
    await Promise.allSettled([check, removal]);
    expect(vault.service.state().accounts).toEqual([]);
    vault.clock.advance(removeUndoMs);
    expect(vault.reopen().state().accounts).toEqual([]);
  });

  it('sends one quota request for 100 simultaneous checks of one account', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    const before = sandbox.requests.length;
    const results = await Promise.all(Array.from({ length: 100 }, () => vault.service.check(view.id)));
    expect(results.every((result) => result.status === 'active')).toBe(true);
    expect(sandbox.requests.length - before).toBe(1);
  });

  it('copies the token and clears it after 30 s', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    const { clearsAt } = await vault.service.copyToken(view.id, 'token');
    expect(Date.parse(clearsAt ?? '')).toBe(vault.clock.now() + 30_000);
    expect(vault.clipboard.text()).toMatch(/^eyJ/);
    vault.clock.advance(30_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(vault.clipboard.text()).toBe('');
  });

  it('refuses to store secrets under basic_text until the user opts in', async () => {
    vault = createVaultFixture({ available: true, backend: 'basic_text', weak: true });
    const exchangesBefore = sandbox.exchangeCount('demo-active');
    await expect(add('demo-active')).rejects.toMatchObject({ code: 'protection-unavailable' });
    expect(sandbox.exchangeCount('demo-active')).toBe(exchangesBefore);
    expect(vault.service.state().accounts).toEqual([]);
    expect(vault.service.setWeakProtectionOptIn(true)).toMatchObject({ level: 'weak', canStoreSecrets: true });
    expect((await add('demo-active')).status).toBe('active');
  });

  it('copies as an Authorization header and clears on request', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    await vault.service.copyToken(view.id, 'header');
    expect(vault.clipboard.text()).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await vault.service.clearClipboard()).toEqual({ cleared: true });
    expect(vault.clipboard.text()).toBe('');
    expect(await vault.service.clearClipboard()).toEqual({ cleared: false });
  });

  it('checks every account with check-all', async () => {
    vault = createVaultFixture();
    await add('demo-active');
    await add('demo-banned');
    sandbox.setState('demo-active', 'banned');
    try {
      expect(await vault.service.checkAll()).toEqual({ checked: 2 });
      expect(vault.service.state().accounts.map((account) => account.status)).toEqual(['banned', 'banned']);
    } finally {
      sandbox.setState('demo-active', 'active');
    }
  });

  it('keeps a dismissed ban banner dismissed while banned, and shows it again after a new ban', async () => {
    vault = createVaultFixture();
    const view = await add('demo-active');
    sandbox.setState('demo-active', 'banned');
    try {
      expect((await vault.service.check(view.id)).banDismissed).toBe(false);
      expect((await vault.service.dismissBanAlert(view.id)).banDismissed).toBe(true);
      expect((await vault.service.check(view.id)).banDismissed).toBe(true);
      sandbox.setState('demo-active', 'active');
      expect((await vault.service.check(view.id)).banDismissed).toBe(false);
      sandbox.setState('demo-active', 'banned');
      expect((await vault.service.check(view.id)).banDismissed).toBe(false);
    } finally {
      sandbox.setState('demo-active', 'active');
    }
  });

  it('stores settings, applies defaults to older files, and keeps the weak opt-in out of them', async () => {
    vault = createVaultFixture();
    expect(vault.service.state().settings).toEqual(defaultSettings);
    const updated = vault.service.updateSettings({ clipboardClearSeconds: 10, checkIntervalMinutes: 60 });
    expect(updated).toEqual({ ...defaultSettings, clipboardClearSeconds: 10, checkIntervalMinutes: 60 });
    expect(Object.keys(updated)).not.toContain('weakProtectionOptIn');
    expect(vault.reopen().state().settings).toEqual(updated);
    const view = await add('demo-active');
    const { clearsAt } = await vault.service.copyToken(view.id, 'token');
    expect(Date.parse(clearsAt ?? '')).toBe(vault.clock.now() + 10_000);
  });
});

describe('defaultLabel', () => {
  it('uses the email when the token has one, else the client ID', () => {
    expect(defaultLabel('ops@example.test', 'client-1')).toBe('ops@example.test');
    expect(defaultLabel(null, 'client-1')).toBe('client-1');
  });

  it('cuts a long email or client ID to the 100 characters a label may have', () => {
    expect(defaultLabel(`${'a'.repeat(150)}@example.test`, 'c')).toBe('a'.repeat(100));
    expect(defaultLabel(null, 'c'.repeat(256))).toHaveLength(100);
  });
});
