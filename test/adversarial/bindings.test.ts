// A same-user program edits the vault file: a changed base URL, clientId, kind or account id, or a seal moved between accounts, sends nothing anywhere.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientSecretService, tokenService } from '../../main/core/accounts/account-records';
import { readEnvelope } from '../../main/core/vault/seal-envelope';
import { vaultDocumentSchema, type VaultDocument } from '../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../main/node/aes-gcm-cipher';
import { writeLegacyVault } from '../support/legacy-vault';
import { makeTempDir } from '../support/temp-dir';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { canarySecret, containsAny, goodToken } from './support/tokens';
import { createVaultRig, type VaultRig } from './support/vault-rig';

/** An Akool look-alike that answers every request, so any request that reaches it would succeed. */
async function answeringServer(): Promise<HostileServer> {
  const server = await startHostileServer();
  server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
  server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 9 } } }));
  return server;
}

const moveRecord = (document: VaultDocument, id: string, change: Partial<VaultDocument['accounts'][number]>): VaultDocument => ({
  ...document,
  accounts: document.accounts.map((record) => (record.id === id ? { ...record, ...change } : record)),
});

const setSeal = (document: VaultDocument, service: string, id: string, sealed: string): VaultDocument => ({
  ...document,
  secrets: { ...document.secrets, [service]: { ...document.secrets[service], [id]: sealed } },
});

const activeStatus: VaultDocument['accounts'][number]['status'] = { result: 'active', problem: null, credit: 9, checkedAt: 1 };
const orphaningId = randomUUID();

const sealOf = (document: VaultDocument, service: string, id: string): string => document.secrets[service]?.[id] ?? '';

describe('vault metadata edited outside akool-vault', () => {
  let akool: HostileServer;
  let listener: HostileServer;
  const rigs: VaultRig[] = [];
  const track = (rig: VaultRig): VaultRig => {
    rigs.push(rig);
    return rig;
  };

  beforeEach(async () => {
    akool = await answeringServer();
    listener = await answeringServer();
  });
  afterEach(async () => {
    await Promise.all([akool.close(), listener.close()]);
    rigs.splice(0).forEach((rig) => rig.remove());
  });

  /** Every way the app could send something for an account: window, tray (same copyToken channel), monitor. */
  async function tryEverything(rig: VaultRig, id: string, code: 'record-changed' | 'vault-rolled-back' = 'record-changed'): Promise<void> {
    for (const reply of [
      await rig.call('checkAccount', { id }),
      await rig.call('renewToken', { id }),
      await rig.call('copyToken', { id }),
      await rig.call('copyToken', { id, format: 'header' }),
    ]) {
      expect(reply).toMatchObject({ ok: false, error: { code } });
    }
    rig.runtime.start();
    await rig.runtime.whenIdle();
    await rig.call('checkAll', {});
    expect(rig.clipboardText()).toBe('');
  }

  const expectMarked = async (rig: VaultRig, id: string): Promise<void> => {
    const state = await rig.call('getState', {});
    const account = state.ok ? state.data.accounts.find((candidate) => candidate.id === id) : undefined;
    expect(account).toMatchObject({ status: 'record-changed', problem: expect.stringMatching(/remove the account and add it again/) });
  };

  it.each([
    ['base URL points to another listener', (id: string, listenerUrl: string) => (document: VaultDocument) => moveRecord(document, id, { baseUrl: listenerUrl })],
    ['clientId changed', (id: string) => (document: VaultDocument) => moveRecord(document, id, { clientId: 'attacker-client' })],
    [
      'base URL changed and the migration marker removed',
      (id: string, listenerUrl: string) =>
        ({ seals: _marker, ...document }: VaultDocument) =>
          moveRecord(document, id, { baseUrl: listenerUrl }),
    ],
  ])('%s: nothing is sent to any listener, and the account says so', async (_name, edit) => {
    const rig = track(await createVaultRig());
    const secret = canarySecret();
    const id = await rig.addAccount(akool.baseUrl, secret);
    const sentToAkool = akool.requests.length;
    rig.editFile(edit(id, listener.baseUrl));
    const restarted = track(await rig.reopen());
    await expectMarked(restarted, id);
    await tryEverything(restarted, id);
    expect(listener.requests).toHaveLength(0);
    expect(akool.requests).toHaveLength(sentToAkool);
    expect(containsAny(listener.receivedText(), [secret])).toBe(false);
  });

  it('a seal moved from one account to another, or between kinds, or a record given another id, is refused', async () => {
    const rig = track(await createVaultRig());
    const victim = await rig.addAccount(akool.baseUrl, canarySecret(), 'Victim');
    const attacker = await rig.addAccount(listener.baseUrl, canarySecret(), 'Attacker');
    const before = listener.requests.length;
    const renamed = randomUUID();
    rig.editFile((document) => {
      const stolenSecret = sealOf(document, clientSecretService, victim);
      const stolenToken = sealOf(document, tokenService, victim);
      const moved = setSeal(setSeal(document, clientSecretService, attacker, stolenSecret), tokenService, attacker, stolenToken);
      // The victim's record gets another id, its seals follow it under the new id.
      const relabelled = setSeal(setSeal(moved, clientSecretService, renamed, stolenSecret), tokenService, renamed, stolenToken);
      return { ...relabelled, accounts: relabelled.accounts.map((record) => (record.id === victim ? { ...record, id: renamed } : record)) };
    });
    const restarted = track(await rig.reopen());
    await expectMarked(restarted, attacker);
    await expectMarked(restarted, renamed);
    await tryEverything(restarted, attacker);
    await tryEverything(restarted, renamed);
    expect(listener.requests).toHaveLength(before);
  });

  it('through the app, renaming keeps working; after an outside edit, Replace secret sends nothing until the user gives the base URL', async () => {
    const rig = track(await createVaultRig());
    const id = await rig.addAccount(akool.baseUrl, canarySecret());
    expect(await rig.call('renameAccount', { id, label: 'Renamed' })).toMatchObject({ ok: true });
    expect(await rig.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active', label: 'Renamed' } });
    rig.editFile((document) => moveRecord(document, id, { baseUrl: listener.baseUrl }));
    const restarted = track(await rig.reopen());
    await expectMarked(restarted, id);
    const sentToAkool = akool.requests.length;
    const typed = canarySecret();
    // Without an explicit base URL the record's (edited) one is not used: refused, nothing sent anywhere.
    expect(await restarted.call('replaceSecret', { id, clientSecret: typed })).toMatchObject({
      ok: false,
      error: { code: 'record-changed', message: expect.stringMatching(/Give the base URL to send the new secret to/) },
    });
    expect(listener.requests).toHaveLength(0);
    expect(akool.requests).toHaveLength(sentToAkool);
    expect(containsAny(`${listener.receivedText()}${akool.receivedText()}`, [typed])).toBe(false);
    await expectMarked(restarted, id);
    // The user moved the account on purpose and confirms the address shown.
    expect(await restarted.call('replaceSecret', { id, clientSecret: typed, baseUrl: listener.baseUrl })).toMatchObject({
      ok: true,
      data: { status: 'active', baseUrl: listener.baseUrl },
    });
    expect(await restarted.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    expect(listener.requests.map((request) => request.path)).toContain(quotaPath);
    const sealed = restarted.document().secrets[tokenService]?.[id] ?? '';
    const { plainText } = await createAesGcmCipher(restarted.key).decrypt(Buffer.from(sealed, 'base64'));
    expect(readEnvelope(plainText)).toMatchObject({ kind: 'bound', binding: { accountId: id, baseUrl: listener.baseUrl } });
  });

  it.each([
    [
      'its seals deleted',
      (id: string, listenerUrl: string) => (document: VaultDocument) => {
        const moved = moveRecord(document, id, { baseUrl: listenerUrl, status: activeStatus });
        const others = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).filter(([account]) => account !== id));
        return { ...moved, secrets: Object.fromEntries(Object.entries(moved.secrets).map(([service, entries]) => [service, others(entries)])) };
      },
      (id: string) => id,
    ],
    [
      'its record given a new id, orphaning its seals',
      (id: string, listenerUrl: string) => (document: VaultDocument) =>
        moveRecord(document, id, { id: orphaningId, baseUrl: listenerUrl, status: activeStatus }),
      () => orphaningId,
    ],
  ])(
    'an account with %s, the base URL pointed elsewhere and the status left active: Replace secret without a base URL sends nothing',
    async (_name, edit, idAfter) => {
      const rig = track(await createVaultRig());
      const id = await rig.addAccount(akool.baseUrl, canarySecret());
      rig.editFile(edit(id, listener.baseUrl));
      const restarted = track(await rig.reopen());
      const edited = idAfter(id);
      // A missing secret counts as a record changed outside akool-vault, from the start.
      await expectMarked(restarted, edited);
      const sentToAkool = akool.requests.length;
      const typed = canarySecret();
      expect(await restarted.call('replaceSecret', { id: edited, clientSecret: typed })).toMatchObject({
        ok: false,
        error: { code: 'record-changed', message: expect.stringMatching(/Give the base URL to send the new secret to/) },
      });
      expect(listener.requests).toHaveLength(0);
      expect(akool.requests).toHaveLength(sentToAkool);
      expect(containsAny(`${listener.receivedText()}${akool.receivedText()}`, [typed])).toBe(false);
      // The address the user confirms is the one used.
      expect(await restarted.call('replaceSecret', { id: edited, clientSecret: typed, baseUrl: akool.baseUrl })).toMatchObject({
        ok: true,
        data: { status: 'active', baseUrl: akool.baseUrl },
      });
      expect(listener.requests).toHaveLength(0);
    },
  );

  it('the removed changeBaseUrl channel is refused as unknown and moves nothing', async () => {
    const rig = track(await createVaultRig());
    const secret = canarySecret();
    const id = await rig.addAccount(akool.baseUrl, secret);
    const before = rig.vaultBytes();
    expect(await rig.runtime.dispatch('vault:changeBaseUrl', { id, baseUrl: listener.baseUrl })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown request.' },
    });
    expect(rig.vaultBytes()?.equals(before ?? Buffer.alloc(0))).toBe(true);
    expect(listener.requests).toHaveLength(0);
  });

  it('Replace secret with a new base URL exchanges the typed secret there, stores only on success, and seals for the new URL', async () => {
    const rig = track(await createVaultRig());
    const stored = canarySecret();
    const id = await rig.addAccount(akool.baseUrl, stored);
    const storedToken = rig.document().secrets[tokenService]?.[id] ?? '';
    const refusing = await startHostileServer();
    try {
      refusing.script(tokenPath, () => ({ kind: 'json', body: { code: 1101, msg: 'bad secret' } }));
      const before = rig.vaultBytes();
      expect(await rig.call('replaceSecret', { id, clientSecret: canarySecret(), baseUrl: 'http://example.com' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(await rig.call('replaceSecret', { id, clientSecret: canarySecret(), baseUrl: refusing.baseUrl })).toMatchObject({ ok: false });
      expect(refusing.requests.map((request) => request.path)).toEqual([tokenPath]);
      expect(rig.vaultBytes()?.equals(before ?? Buffer.alloc(0))).toBe(true);
      expect(rig.document().accounts[0]?.baseUrl).toBe(akool.baseUrl);
    } finally {
      await refusing.close();
    }
    const typed = canarySecret();
    const moved = await rig.call('replaceSecret', { id, clientSecret: typed, baseUrl: `${listener.baseUrl}/` });
    expect(moved).toMatchObject({ ok: true, data: { baseUrl: listener.baseUrl, status: 'active' } });
    // The new host got the typed secret and the token it issued, never the stored secret or the old token.
    expect(listener.receivedText()).toContain(typed);
    expect(containsAny(listener.receivedText(), [stored])).toBe(false);
    const cipher = createAesGcmCipher(rig.key);
    const { plainText: oldToken } = await cipher.decrypt(Buffer.from(storedToken, 'base64'));
    const oldValue = readEnvelope(oldToken);
    expect(oldValue.kind).toBe('bound');
    if (oldValue.kind === 'bound') expect(listener.receivedText()).not.toContain(oldValue.value);
    for (const kind of [clientSecretService, tokenService]) {
      const { plainText } = await cipher.decrypt(Buffer.from(sealOf(rig.document(), kind, id), 'base64'));
      expect(readEnvelope(plainText)).toMatchObject({ kind: 'bound', binding: { accountId: id, kind, baseUrl: listener.baseUrl } });
    }
    expect(await rig.openSecrets()).toMatchObject({ [`${clientSecretService}/${id}`]: typed });
    const restarted = track(await rig.reopen());
    const sentBefore = listener.requests.length;
    expect(await restarted.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
    expect(listener.requests.length).toBeGreaterThan(sentBefore);
  });

  it.each([
    ['another account has a bound seal', 'other-account'],
    ['the same account keeps its bound token', 'same-account'],
  ] as const)(
    'marker removed and a pre-binding ciphertext put back from an old backup while %s: nothing is sent, the window says the file was rolled back',
    async (_name, variant) => {
      const dir = makeTempDir('akool-vault-rollback-');
      try {
        const key = Buffer.alloc(32, 9);
        const secret = canarySecret();
        const [id = ''] = await writeLegacyVault(dir.path, key, [
          { baseUrl: akool.baseUrl, clientId: 'legacy-a', clientSecret: secret, token: goodToken() },
        ]);
        // The attacker's copy of the file before the upgrade (a backup, a synced folder): ciphertexts only, no key.
        const backup = vaultDocumentSchema.parse(JSON.parse(readFileSync(join(dir.path, 'vault.json'), 'utf8')));
        const rig = track(await createVaultRig({ dataDir: dir.path, key }));
        expect(rig.document().seals).toBe('bound');
        if (variant === 'other-account') await rig.addAccount(akool.baseUrl, canarySecret(), 'Bound');
        const legacySecret = sealOf(backup, clientSecretService, id);
        const legacyToken = sealOf(backup, tokenService, id);
        rig.editFile(({ seals: _marker, ...document }) => {
          const withSecret = setSeal(moveRecord(document, id, { baseUrl: listener.baseUrl }), clientSecretService, id, legacySecret);
          return variant === 'other-account' ? setSeal(withSecret, tokenService, id, legacyToken) : withSecret;
        });
        const restarted = track(await rig.reopen());
        // An old ciphertext the last write did not hold, and it opens: the whole file counts as rolled back (generation-guard.ts).
        expect(await restarted.call('getState', {})).toMatchObject({ ok: true, data: { notice: expect.stringMatching(/older than the last one akool-vault saved/) } });
        await tryEverything(restarted, id, 'vault-rolled-back');
        expect(listener.requests).toHaveLength(0);
        // The legacy secret was never sent before either: it reached no server at all.
        expect(containsAny(`${akool.receivedText()}${listener.receivedText()}`, [secret])).toBe(false);
        expect(restarted.document().seals).toBeUndefined();
      } finally {
        dir.remove();
      }
    },
  );

  it('a vault written in the pre-binding format is migrated once, keeping every account, and then holds', async () => {
    const dir = makeTempDir('akool-vault-legacy-');
    const key = Buffer.alloc(32, 7);
    const secrets = [canarySecret(), canarySecret()];
    const ids = await writeLegacyVault(dir.path, key, [
      { baseUrl: akool.baseUrl, clientId: 'legacy-a', clientSecret: secrets[0] ?? '', token: goodToken() },
      { baseUrl: akool.baseUrl, clientId: 'legacy-b', clientSecret: secrets[1] ?? '', token: goodToken() },
    ]);
    expect(ids).toHaveLength(2);
    const rig = track(await createVaultRig({ dataDir: dir.path, key }));
    try {
      expect(rig.document().seals).toBe('bound');
      expect(rig.document().accounts.map((record) => record.id)).toEqual(ids);
      expect(await rig.openSecrets()).toMatchObject({ [`${clientSecretService}/${ids[0]}`]: secrets[0], [`${clientSecretService}/${ids[1]}`]: secrets[1] });
      for (const id of ids) expect(await rig.call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'active' } });
      const migrated = rig.vaultBytes();
      const again = track(await rig.reopen());
      expect(again.vaultBytes()?.equals(migrated ?? Buffer.alloc(0))).toBe(true);
      again.editFile((document) => moveRecord(document, ids[0] ?? '', { baseUrl: listener.baseUrl }));
      const edited = track(await again.reopen());
      await expectMarked(edited, ids[0] ?? '');
      await tryEverything(edited, ids[0] ?? '');
      expect(listener.requests).toHaveLength(0);
    } finally {
      dir.remove();
    }
  });
});
