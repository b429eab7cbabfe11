// Proves Remove is undoable (issue 17, item 12): the account is hidden at once, its secrets kept until the undo window ends or the app quits, then dropped with every seal.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeUndoMs } from '../../../../main/core/accounts/pending-removals';
import { demoAccounts, startSandbox, type Sandbox } from '../../../sandbox/server';
import { createVaultFixture, type VaultFixture } from '../../../support/vault-fixture';

describe('Remove with undo', () => {
  let sandbox: Sandbox;
  let vault: VaultFixture;
  beforeAll(async () => {
    sandbox = await startSandbox({ accounts: [...demoAccounts] });
  });
  afterAll(() => sandbox.close());
  afterEach(() => vault.remove());

  const addBoth = async () => {
    const keyed = await vault.service.add({ kind: 'api-key', apiKey: 'demo-secret-active', baseUrl: sandbox.baseUrl, label: 'Key' });
    const exchanged = await vault.service.add({
      clientId: 'demo-expiring',
      clientSecret: 'demo-secret-expiring',
      baseUrl: sandbox.baseUrl,
      label: 'Pair',
    });
    return { keyed, exchanged };
  };
  const ids = (): string[] => vault.service.state().accounts.map((account) => account.id);
  /** The vault file still names the account: its record and the secrets sealed under its id. */
  const secretsOnDisk = (id: string): boolean => vault.diskText().includes(id);

  it('hides the account at once, keeps its record and secrets until the window ends, then drops every seal (API key too)', async () => {
    vault = createVaultFixture();
    const { keyed, exchanged } = await addBoth();
    const removal = await vault.service.remove(keyed.id);
    expect(Date.parse(removal.undoUntil) - vault.clock.now()).toBe(removeUndoMs);
    expect(ids()).toEqual([exchanged.id]);
    expect(secretsOnDisk(keyed.id)).toBe(true);
    vault.clock.advance(removeUndoMs - 1);
    expect(secretsOnDisk(keyed.id)).toBe(true);
    vault.clock.advance(1);
    expect(secretsOnDisk(keyed.id)).toBe(false);
    expect((await vault.reopen().state()).accounts.map((account) => account.id)).toEqual([exchanged.id]);
  });

  it('undo inside the window brings the account back as it was; after the window it is not-found', async () => {
    vault = createVaultFixture();
    const { keyed, exchanged } = await addBoth();
    await vault.service.remove(exchanged.id);
    vault.clock.advance(removeUndoMs - 1);
    expect(await vault.service.undoRemove(exchanged.id)).toMatchObject({ id: exchanged.id, label: 'Pair', status: exchanged.status });
    vault.clock.advance(removeUndoMs * 2);
    expect(ids()).toEqual([keyed.id, exchanged.id]);
    await vault.service.remove(keyed.id);
    vault.clock.advance(removeUndoMs);
    await expect(vault.service.undoRemove(keyed.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('commits pending removals on quit, and Check all skips an account being removed', async () => {
    vault = createVaultFixture();
    const { keyed, exchanged } = await addBoth();
    await vault.service.remove(keyed.id);
    expect(await vault.service.checkAll()).toEqual({ checked: 1 });
    vault.service.commitRemovals();
    expect(secretsOnDisk(keyed.id)).toBe(false);
    expect(secretsOnDisk(exchanged.id)).toBe(true);
    expect(ids()).toEqual([exchanged.id]);
  });

  it('Check all with ids checks only those shown', async () => {
    vault = createVaultFixture();
    const { exchanged } = await addBoth();
    const before = sandbox.requests.length;
    expect(await vault.service.checkAll([exchanged.id])).toEqual({ checked: 1 });
    expect(sandbox.requests.slice(before).every((request) => request.hasAuthorization)).toBe(true);
  });
});
