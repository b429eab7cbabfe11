// A same-user program puts an older vault file back (with the marker deleted, or its generation forged): the file is reported, kept as it is, and nothing reaches any host for any account.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultDocument } from '../../main/core/vault/vault-document';
import type { KeyValueStore } from '../../main/core/ports';
import { CliFailure } from '../../main/core/cli-grants/cli-failure';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { canarySecret, containsAny, goodToken } from './support/tokens';
import { createVaultRig, type VaultRig } from './support/vault-rig';

/** An Akool look-alike that answers every request, so any request that reached it would have succeeded. */
async function answeringServer(): Promise<HostileServer> {
  const server = await startHostileServer();
  server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
  server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 9 } } }));
  return server;
}

const caller = { cwd: '/tmp', pid: 4242, ppid: 1 };
const session = { closed: new Promise<void>(() => undefined), onWaiting: () => undefined, onStopped: () => undefined };

describe('an older vault file put back', () => {
  let akool: HostileServer;
  /** The host the account used before the user moved it: an old file's seals are bound to it. */
  let oldHost: HostileServer;
  const rigs: VaultRig[] = [];
  const track = (rig: VaultRig): VaultRig => {
    rigs.push(rig);
    return rig;
  };

  beforeEach(async () => {
    akool = await answeringServer();
    oldHost = await answeringServer();
  });
  afterEach(async () => {
    await Promise.all([akool.close(), oldHost.close()]);
    rigs.splice(0).forEach((rig) => rig.remove());
  });

  const markerPath = (rig: VaultRig): string => join(rig.dataDir, 'vault-generation.json');

  /** The account sealed for the old host, the file copied then, and the account moved to Akool through the app. */
  async function movedAccount(): Promise<{ rig: VaultRig; id: string; oldFile: Buffer; oldMarker: Buffer; secrets: string[] }> {
    const rig = track(await createVaultRig());
    const oldSecret = canarySecret();
    const id = await rig.addAccount(oldHost.baseUrl, oldSecret);
    const oldFile = rig.vaultBytes() ?? Buffer.alloc(0);
    const oldMarker = readFileSync(markerPath(rig));
    const newSecret = canarySecret();
    expect(await rig.call('replaceSecret', { id, clientSecret: newSecret, baseUrl: akool.baseUrl })).toMatchObject({ ok: true });
    expect(await rig.call('checkAccount', { id })).toMatchObject({ ok: true, data: { baseUrl: akool.baseUrl } });
    return { rig, id, oldFile, oldMarker, secrets: [oldSecret, newSecret] };
  }

  /** Every way the app could send something: window and tray channels, the monitor, a typed secret, the command line. */
  async function tryEverything(rig: VaultRig, id: string): Promise<void> {
    for (const reply of [
      await rig.call('checkAccount', { id }),
      await rig.call('renewToken', { id }),
      await rig.call('copyToken', { id }),
      await rig.call('copyToken', { id, format: 'header' }),
      await rig.call('replaceSecret', { id, clientSecret: canarySecret() }),
      await rig.call('replaceSecret', { id, clientSecret: canarySecret(), baseUrl: oldHost.baseUrl }),
      await rig.call('addAccount', { label: 'New', clientId: `client-${randomBytes(4).toString('hex')}`, clientSecret: canarySecret(), baseUrl: oldHost.baseUrl }),
    ]) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'vault-rolled-back' } });
    }
    expect(await rig.call('checkAll', {})).toMatchObject({ ok: true, data: { checked: 0 } });
    rig.runtime.start();
    rig.runtime.wake('online');
    await rig.runtime.whenIdle();
    for (const which of ['token', 'key'] as const) {
      await expect(rig.runtime.cli.secret({ which, account: id, caller }, session)).rejects.toMatchObject({ code: 'refused' });
    }
    await expect(
      rig.runtime.cli.run({ account: id, mode: 'proxy', command: ['true'], references: [], allowOrigins: [], caller }, session),
    ).rejects.toBeInstanceOf(CliFailure);
    expect(rig.runtime.approvalsWaiting()).toBe(0);
    expect(rig.clipboardText()).toBe('');
  }

  async function expectReported(rig: VaultRig, notice: RegExp): Promise<void> {
    expect(rig.runtime.lock).not.toBeNull();
    expect(await rig.call('getState', {})).toMatchObject({ ok: true, data: { notice: expect.stringMatching(notice) } });
  }

  it.each([
    ['with the marker left as it is', (_rig: VaultRig) => undefined, /older than the last one akool-vault saved/],
    ['with the marker deleted', (rig: VaultRig) => rmSync(markerPath(rig)), /\(vault-generation\.json\) is missing/],
    ['with the marker replaced by garbage', (rig: VaultRig) => writeFileSync(markerPath(rig), '{"v":1,"mac":"00"}'), /is damaged or was not written by akool-vault/],
  ])('%s: reported, kept byte for byte, and nothing reaches the old host or Akool', async (_name, markerChange, notice) => {
    const { rig, id, oldFile } = await movedAccount();
    const sentToOld = oldHost.requests.length;
    const sentToAkool = akool.requests.length;
    const oldHostHeard = oldHost.receivedText();
    writeFileSync(rig.vaultPath, oldFile);
    markerChange(rig);
    const restarted = track(await rig.reopen());
    await expectReported(restarted, notice);
    await tryEverything(restarted, id);
    expect(oldHost.requests).toHaveLength(sentToOld);
    expect(akool.requests).toHaveLength(sentToAkool);
    expect(oldHost.receivedText()).toBe(oldHostHeard);
    // Nothing the user stored is overwritten: the file put back stays exactly as it was.
    expect(restarted.vaultBytes()?.equals(oldFile)).toBe(true);
  });

  it('with its generation raised to the current one: the old seals give it away', async () => {
    const { rig, id, oldFile } = await movedAccount();
    const current = rig.document().generation ?? 0;
    const forged = { ...(JSON.parse(oldFile.toString('utf8')) as VaultDocument), generation: current };
    writeFileSync(rig.vaultPath, JSON.stringify(forged));
    const sentToOld = oldHost.requests.length;
    const restarted = track(await rig.reopen());
    await expectReported(restarted, /older than the last one akool-vault saved/);
    await tryEverything(restarted, id);
    expect(oldHost.requests).toHaveLength(sentToOld);
  });

  it('with the marker deleted and the generation field taken out, to pass for a file from before markers: its seals give it away', async () => {
    const { rig, id, oldFile } = await movedAccount();
    const { generation: _generation, ...stripped } = JSON.parse(oldFile.toString('utf8')) as VaultDocument;
    writeFileSync(rig.vaultPath, JSON.stringify(stripped));
    rmSync(markerPath(rig));
    const sentToOld = oldHost.requests.length;
    const restarted = track(await rig.reopen());
    await expectReported(restarted, /\(vault-generation\.json\) is missing/);
    await tryEverything(restarted, id);
    expect(oldHost.requests).toHaveLength(sentToOld);
    expect(existsSync(markerPath(rig))).toBe(false);
  });

  it('"Accept this vault file" (the person put it back on purpose): the lock goes, the file is vouched for from then on, and its accounts work', async () => {
    const { rig, id, oldFile } = await movedAccount();
    writeFileSync(rig.vaultPath, oldFile);
    const restarted = track(await rig.reopen());
    restarted.runtime.start();
    expect(await restarted.call('getState', {})).toMatchObject({ ok: true, data: { locked: true } });
    const sentToOld = oldHost.requests.length;
    expect(await restarted.call('acceptVaultFile', { confirmed: true })).toMatchObject({ ok: true, data: { locked: false, notice: null } });
    expect(restarted.runtime.lock).toBeNull();
    // What the file names is what the person accepted: the account is checked at its old base URL again.
    expect(await restarted.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active', baseUrl: oldHost.baseUrl } });
    expect(oldHost.requests.length).toBeGreaterThan(sentToOld);
    const again = track(await rig.reopen());
    expect(again.runtime.lock).toBeNull();
    expect(await again.call('getState', {})).toMatchObject({ ok: true, data: { locked: false, notice: null } });
  });

  it('an unconfirmed accept is refused by the contract and lifts nothing', async () => {
    const { rig, oldFile } = await movedAccount();
    writeFileSync(rig.vaultPath, oldFile);
    const restarted = track(await rig.reopen());
    expect(await restarted.runtime.dispatch('vault:acceptVaultFile', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await restarted.runtime.dispatch('vault:acceptVaultFile', { confirmed: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(restarted.runtime.lock).not.toBeNull();
    expect(restarted.vaultBytes()?.equals(oldFile)).toBe(true);
  });

  it('a later start without the old file works again, and the marker never held a secret', async () => {
    const { rig, id, oldFile, secrets } = await movedAccount();
    const newest = rig.vaultBytes() ?? Buffer.alloc(0);
    writeFileSync(rig.vaultPath, oldFile);
    track(await rig.reopen());
    writeFileSync(rig.vaultPath, newest);
    const restored = track(await rig.reopen());
    expect(restored.runtime.lock).toBeNull();
    expect(await restored.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    expect(containsAny(readFileSync(markerPath(rig), 'latin1'), secrets)).toBe(false);
  });

  it('a crash between the marker and the vault write locks nothing: the previous file opens and works', async () => {
    const { rig, id } = await movedAccount();
    const before = rig.vaultBytes() ?? Buffer.alloc(0);
    const crashing = { on: false };
    const crashOnWrite = (store: KeyValueStore): KeyValueStore => ({
      ...store,
      write: (document) => {
        if (crashing.on) throw new Error('killed before the vault file was written');
        store.write(document);
      },
    });
    const running = track(await rig.reopen({ wrapStore: crashOnWrite }));
    crashing.on = true;
    expect(await running.call('renameAccount', { id, label: 'Lost in the crash' })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(running.vaultBytes()?.equals(before)).toBe(true);
    expect(existsSync(markerPath(rig))).toBe(true);
    const restarted = track(await rig.reopen());
    expect(restarted.runtime.lock).toBeNull();
    expect(await restarted.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active', baseUrl: akool.baseUrl } });
  });
});
