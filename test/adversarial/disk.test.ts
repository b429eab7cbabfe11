// Broken disks against the real runtime: corrupt files are moved aside and reported, bad ciphertext is refused, failed writes change nothing, plaintext never lands.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../main/core/ports';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { mountTinyFilesystem } from './support/tiny-filesystem';
import { canarySecret, goodToken } from './support/tokens';
import { leaksOnDisk } from '../support/canary-pieces';
import { createVaultRig, type VaultRig } from './support/vault-rig';

/** A store whose writes fail like a full or read-only disk would, after the real file was read: a simulation. */
const failingWrites = (code: 'ENOSPC' | 'EROFS', failing: { on: boolean }) => (store: KeyValueStore): KeyValueStore => ({
  path: store.path,
  read: () => store.read(),
  moveAside: (suffix) => store.moveAside(suffix),
  write: (document) => {
    if (failing.on) throw Object.assign(new Error(`${code}: simulated, write '${store.path}'`), { code });
    store.write(document);
  },
});

describe('broken disks', () => {
  let server: HostileServer;
  const issued: string[] = [];
  const secrets: string[] = [];
  const rigs: VaultRig[] = [];
  const track = (rig: VaultRig): VaultRig => {
    rigs.push(rig);
    return rig;
  };
  const secret = (): string => {
    const value = canarySecret();
    secrets.push(value);
    return value;
  };

  beforeAll(async () => {
    server = await startHostileServer();
    server.script(tokenPath, () => {
      const token = goodToken();
      issued.push(token);
      return { kind: 'json', body: { code: 1000, token } };
    });
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 3 } } }));
  });
  afterAll(() => server.close());
  afterEach(() => {
    // Cleared before the check, so a failing check fails this test only, not every later one with the same rig.
    const done = rigs.splice(0);
    const leaked = done.some((rig) => leaksOnDisk(rig.diskText(), [...secrets, ...issued]));
    done.forEach((rig) => rig.remove());
    expect(leaked, 'plaintext on disk').toBe(false);
  });

  const seeded = async (): Promise<{ rig: VaultRig; id: string }> => {
    const rig = track(await createVaultRig());
    return { rig, id: await rig.addAccount(server.baseUrl, secret()) };
  };

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['valid JSON with the wrong schema', () => JSON.stringify({ version: 1, accounts: {}, secrets: [], settings: null })],
    ['a future version', (text: string) => text.replace(/"version":\s*1/, '"version": 2')],
    ['binary garbage', () => randomBytes(512).toString('latin1')],
  ])('a vault file holding %s: the app starts, reports it, moves it aside intact and keeps working', async (_name, corrupt) => {
    const { rig } = await seeded();
    const broken = corrupt(readFileSync(rig.vaultPath, 'utf8'));
    writeFileSync(rig.vaultPath, broken, 'latin1');
    const restarted = track(await rig.reopen());
    const state = await restarted.call('getState', {});
    expect(state).toMatchObject({ ok: true, data: { accounts: [], notice: expect.stringMatching(/unreadable .* moved aside to .*vault\.json\.corrupt-/) } });
    const aside = readdirSync(rig.dataDir).filter((name) => name.startsWith('vault.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(rig.dataDir, aside[0] ?? ''), 'latin1')).toBe(broken);
    expect(await restarted.call('addAccount', { label: 'Again', clientId: 'again', clientSecret: secret(), baseUrl: server.baseUrl })).toMatchObject({ ok: true });
  });

  const flipBit = (sealed: string): string => {
    const bytes = Buffer.from(sealed, 'base64');
    const at = bytes.length - 3;
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x04) & 0xff, at);
    return bytes.toString('base64');
  };
  const tamper = (rig: VaultRig, service: string, id: string): void => {
    const document = rig.document();
    const entries = document.secrets[service] ?? {};
    writeFileSync(rig.vaultPath, JSON.stringify({ ...document, secrets: { ...document.secrets, [service]: { ...entries, [id]: flipBit(entries[id] ?? '') } } }));
  };

  it('a bit-flipped token is refused with a clear error, never used, and a renewal replaces it', async () => {
    const { rig, id } = await seeded();
    tamper(rig, 'akool-vault/token', id);
    const restarted = track(await rig.reopen());
    const bytes = restarted.vaultBytes();
    const quotaCalls = server.requests.filter((request) => request.path === quotaPath).length;
    for (const reply of [await restarted.call('checkAccount', { id }), await restarted.call('copyToken', { id })]) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringMatching(/could not be decrypted/) } });
    }
    expect(restarted.clipboardText()).toBe('');
    expect(server.requests.filter((request) => request.path === quotaPath)).toHaveLength(quotaCalls);
    expect(restarted.vaultBytes()?.equals(bytes ?? Buffer.alloc(0))).toBe(true);
    expect(await restarted.call('renewToken', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    expect((await restarted.openSecrets())[`akool-vault/token/${id}`]).toMatch(/^eyJ/);
  });

  it('a bit-flipped client secret is never sent anywhere; replacing the secret at a base URL the user confirms recovers', async () => {
    const { rig, id } = await seeded();
    tamper(rig, 'akool-vault/client-secret', id);
    const restarted = track(await rig.reopen());
    const exchanges = server.requests.filter((request) => request.path === tokenPath).length;
    expect(await restarted.call('renewToken', { id })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(server.requests.filter((request) => request.path === tokenPath)).toHaveLength(exchanges);
    // No seal opens, so no base URL can be trusted: the record's is not used, and the user is asked for one.
    expect(await restarted.call('replaceSecret', { id, clientSecret: secret() })).toMatchObject({ ok: false, error: { code: 'record-changed' } });
    expect(server.requests.filter((request) => request.path === tokenPath)).toHaveLength(exchanges);
    expect(await restarted.call('replaceSecret', { id, clientSecret: secret(), baseUrl: server.baseUrl })).toMatchObject({ ok: true });
  });

  it('ciphertext sealed under another key is refused, and nothing is rewritten', async () => {
    const { rig, id } = await seeded();
    const stranger = track(await createVaultRig({ dataDir: rig.dataDir, key: randomBytes(32) }));
    const bytes = stranger.vaultBytes();
    expect(await stranger.call('getState', {})).toMatchObject({ ok: true, data: { accounts: [{ id }], notice: null } });
    expect(await stranger.call('copyToken', { id })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(await stranger.call('renewToken', { id })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(stranger.vaultBytes()?.equals(bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it.each(['ENOSPC', 'EROFS'] as const)('simulated %s on write: every change fails clearly, memory and file stay as they were', async (code) => {
    const { rig, id } = await seeded();
    const failing = { on: false };
    const restarted = track(await rig.reopen({ wrapStore: failingWrites(code, failing) }));
    const bytes = restarted.vaultBytes();
    failing.on = true;
    const added = await restarted.call('addAccount', { label: 'Full', clientId: 'full', clientSecret: secret(), baseUrl: server.baseUrl });
    expect(added).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringMatching(/Could not save the vault file .*nothing was changed/) } });
    expect(await restarted.call('renameAccount', { id, label: 'Renamed' })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    const state = await restarted.call('getState', {});
    expect(state.ok && state.data.accounts.map((account) => account.label)).toEqual(['Hostile']);
    expect(restarted.vaultBytes()?.equals(bytes ?? Buffer.alloc(0))).toBe(true);
    failing.on = false;
    expect(await restarted.call('renameAccount', { id, label: 'Renamed' })).toMatchObject({ ok: true, data: { label: 'Renamed' } });
  });

  describe('on a real, tiny tmpfs', () => {
    const tiny = mountTinyFilesystem();
    afterAll(() => tiny?.unmount());
    let rig: VaultRig;
    let id: string;
    beforeEach(async () => {
      if (tiny === null) return;
      for (const name of readdirSync(tiny.path)) unlinkSync(join(tiny.path, name));
      rig = track(await createVaultRig({ dataDir: tiny.path }));
      id = await rig.addAccount(server.baseUrl, secret());
    });

    it.skipIf(tiny === null)('a full disk: adding fails clearly, the file and memory are unchanged, and freeing space recovers', async () => {
      const bytes = rig.vaultBytes();
      const filler = tiny?.fill() ?? '';
      const added = await rig.call('addAccount', { label: 'Full', clientId: 'full', clientSecret: secret(), baseUrl: server.baseUrl });
      expect(added).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
      expect(rig.vaultBytes()?.equals(bytes ?? Buffer.alloc(0))).toBe(true);
      const state = await rig.call('getState', {});
      expect(state.ok && state.data.accounts).toHaveLength(1);
      unlinkSync(filler);
      expect(await rig.call('renameAccount', { id, label: 'Roomy' })).toMatchObject({ ok: true });
    });

    it.skipIf(tiny === null)('a read-only disk: the vault opens and reads, every change fails clearly, the file stays as it was', async () => {
      const bytes = rig.vaultBytes();
      tiny?.readOnly(true);
      try {
        const restarted = await rig.reopen();
        expect(await restarted.call('getState', {})).toMatchObject({ ok: true, data: { accounts: [{ id }], notice: null } });
        expect(await restarted.call('renameAccount', { id, label: 'Nope' })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
        // A check's outcome is cheap to lose, so it is only held in memory until a later write (DocumentStore.record).
        expect(await restarted.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
        expect(restarted.vaultBytes()?.equals(bytes ?? Buffer.alloc(0))).toBe(true);
      } finally {
        tiny?.readOnly(false);
      }
    });

    it.skipIf(tiny === null)('a read-only disk holding a corrupt file: reported, left untouched, writes refused', async () => {
      writeFileSync(rig.vaultPath, '{"version":1,"acc');
      tiny?.readOnly(true);
      try {
        const restarted = await rig.reopen();
        expect(await restarted.call('getState', {})).toMatchObject({ ok: true, data: { notice: expect.stringMatching(/could not be moved aside/) } });
        expect(await restarted.call('setWeakProtectionOptIn', { optIn: true })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
        expect(readFileSync(rig.vaultPath, 'utf8')).toBe('{"version":1,"acc');
      } finally {
        tiny?.readOnly(false);
      }
    });
  });
});
