// Canary suite: a server echoing the secret and token in every form, over add, check, renew and replace-secret, or hiding them in the issued token's claims, gets none of them into replies, events, the tray, notifications, logs or the data directory; after a restart only our text remains.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks } from '../support/leak-scan';
import { quotaPath, startHostileServer, tokenPath, type Behaviour, type HostileRequest, type HostileServer } from './hostile-server';
import { echoForms, type EchoForm } from './support/echo-forms';
import { buildTrayModel } from '../../main/core/tray/tray-model';
import { goodToken, makeToken } from './support/tokens';
import { createVaultRig, type VaultRig } from './support/vault-rig';
import { canarySecret, sentSecret, sentToken } from './support/echoed-requests';


/** Every file in the data directory as text, with the sealed values (ciphertext, by design the encrypted store) left out. */
function dataDirText(rig: VaultRig): string {
  return readdirSync(rig.dataDir)
    .filter((name) => statSync(join(rig.dataDir, name)).isFile())
    .map((name) => {
      const text = readFileSync(join(rig.dataDir, name), 'utf8');
      if (name !== 'vault.json') return text;
      const document: unknown = JSON.parse(text);
      return typeof document === 'object' && document !== null ? JSON.stringify({ ...document, secrets: null }) : text;
    })
    .join('\n');
}

describe('server text carrying the secret and the token', () => {
  let server: HostileServer;
  const rigs: VaultRig[] = [];

  afterEach(async () => {
    await server.close();
    rigs.forEach((rig) => rig.remove());
    rigs.length = 0;
  });

  it.each(Object.entries(echoForms))('echoed %s, never reaches the window, the logs or the disk', async (_form, echo: EchoForm) => {
    server = await startHostileServer();
    const rig = await createVaultRig();
    rigs.push(rig);
    const seen = new Set<string>();
    const issued: string[] = [];
    const said = (code: number): Behaviour => ({ kind: 'json', body: { code, msg: `you sent ${[...seen].map(echo).join(' and ')}` } });
    let exchange: 'fail' | 'issue' = 'fail';
    let quota: number = 1000;
    server.script(tokenPath, (request) => {
      seen.add(sentSecret(request));
      if (exchange === 'fail') return said(1101);
      const token = goodToken();
      issued.push(token);
      seen.add(token);
      return { kind: 'json', body: { code: 1000, token } };
    });
    server.script(quotaPath, (request) => {
      seen.add(sentToken(request));
      return quota === 1000 ? { kind: 'json', body: { code: 1000, data: { credit: 5 } } } : said(quota);
    });
    const seenText: string[] = [];
    rig.runtime.onEvent((channel, payload) => seenText.push(channel, JSON.stringify(payload)));
    const call = async (...args: Parameters<VaultRig['call']>): Promise<unknown> => {
      const reply = await rig.call(...args);
      seenText.push(JSON.stringify(reply));
      return reply;
    };
    const [first, second, third] = [canarySecret(), canarySecret(), canarySecret()];
    const add = { label: 'Echo', clientId: 'echo-client', clientSecret: first, baseUrl: server.baseUrl };

    // add: refused with an echo, then accepted; its first check is answered with an echo.
    expect(await call('addAccount', add)).toMatchObject({ ok: false, error: { code: 'invalid-credentials' } });
    exchange = 'issue';
    quota = 4242;
    const added = await rig.call('addAccount', add);
    seenText.push(JSON.stringify(added));
    if (!added.ok) throw new Error(`add refused: ${added.error.code}`);
    const { id } = added.data;
    // check: banned with an echo; then 1101 whose renewal is refused with an echo.
    quota = 1200;
    expect(await call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'banned', problem: expect.stringMatching(/^Akool reports this account as banned \(code 1200\)\./) } });
    quota = 1101;
    exchange = 'fail';
    expect(await call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'invalid' } });
    // renew: refused with an echo, then renewed and checked into an echo.
    expect(await call('renewToken', { id })).toMatchObject({ ok: false });
    exchange = 'issue';
    quota = 1999;
    expect(await call('renewToken', { id })).toMatchObject({ ok: true, data: { status: 'error' } });
    // replace-secret: refused with an echo of the new, the old secret and the token; then replaced.
    exchange = 'fail';
    expect(await call('replaceSecret', { id, clientSecret: second })).toMatchObject({ ok: false });
    exchange = 'issue';
    expect(await call('replaceSecret', { id, clientSecret: third })).toMatchObject({ ok: true, data: { status: 'error' } });
    await call('getState', {});
    await rig.runtime.whenIdle();

    const stored = rig.document().accounts[0]?.status.problem;
    expect(stored).toBe('akool:1999');
    const restarted = await rig.reopen();
    rigs.push(restarted);
    const after = await restarted.call('getState', {});
    seenText.push(JSON.stringify(after));
    expect(after).toMatchObject({ ok: true, data: { accounts: [{ status: 'error', problem: 'Akool answered code 1999.' }] } });

    expect(issued.length).toBeGreaterThanOrEqual(3);
    const canaries = [first, second, third, ...issued];
    const places = {
      'bridge replies and events': seenText.join('\n'),
      notifications: rig.notificationText(),
      logs: [...rig.logLines, ...restarted.logLines].join('\n'),
      'data directory': dataDirText(restarted),
    };
    for (const [place, text] of Object.entries(places)) expect(findLeaks(text, canaries), place).toEqual([]);
  });

  /** Header-safe (visible ASCII, as an x-api-key value must be), with the characters that make URL, form and JSON encodings differ. */
  const canaryKey = (): string => `${randomBytes(9).toString('base64url')}/"q\\${randomBytes(9).toString('base64url')}+=&%${randomBytes(6).toString('hex')}`;
  const sentKey = (request: HostileRequest): string => {
    const value = request.headers['x-api-key'];
    return typeof value === 'string' ? value : '';
  };

  it.each(Object.entries(echoForms))('an API key echoed %s, never reaches the window, the logs or the disk', async (_form, echo: EchoForm) => {
    server = await startHostileServer();
    const rig = await createVaultRig();
    rigs.push(rig);
    const seen = new Set<string>();
    let quota = 1101;
    server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
    server.script(quotaPath, (request) => {
      seen.add(sentKey(request));
      const msg = `you sent ${[...seen].map(echo).join(' and ')}`;
      return quota === 1000 ? { kind: 'json', body: { code: 1000, msg, data: { credit: 5 } } } : { kind: 'json', body: { code: quota, msg } };
    });
    const seenText: string[] = [];
    rig.runtime.onEvent((channel, payload) => seenText.push(channel, JSON.stringify(payload)));
    const call = async (...args: Parameters<VaultRig['call']>): Promise<unknown> => {
      const reply = await rig.call(...args);
      seenText.push(JSON.stringify(reply));
      return reply;
    };
    const [first, second, third] = [canaryKey(), canaryKey(), canaryKey()];
    const add = { kind: 'api-key', label: 'Keyed', apiKey: first, baseUrl: server.baseUrl } as const;

    expect(await call('addAccount', add)).toMatchObject({ ok: false, error: { code: 'invalid-credentials' } });
    quota = 1000;
    const added = await rig.call('addAccount', add);
    seenText.push(JSON.stringify(added));
    if (!added.ok) throw new Error(`add refused: ${added.error.code}`);
    const { id } = added.data;
    quota = 1200;
    expect(await call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'banned' } });
    quota = 1101;
    expect(await call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'invalid' } });
    expect(await call('replaceSecret', { id, clientSecret: second })).toMatchObject({ ok: false });
    quota = 1000;
    expect(await call('replaceSecret', { id, clientSecret: third })).toMatchObject({ ok: true, data: { status: 'active' } });
    quota = 1999;
    expect(await call('checkAccount', { id })).toMatchObject({ ok: true, data: { status: 'error' } });
    await rig.runtime.whenIdle();
    const restarted = await rig.reopen();
    rigs.push(restarted);
    const after = await restarted.call('getState', {});
    seenText.push(JSON.stringify(after));
    if (!after.ok) throw new Error('getState refused');
    // An API-key account never exchanges anything.
    expect(server.requests.filter((request) => request.path === tokenPath)).toEqual([]);

    const places = {
      'bridge replies and events': seenText.join('\n'),
      notifications: rig.notificationText(),
      tray: JSON.stringify(buildTrayModel(after.data.accounts, Date.now())),
      logs: [...rig.logLines, ...restarted.logLines].join('\n'),
      'data directory': dataDirText(restarted),
    };
    for (const [place, text] of Object.entries(places)) expect(findLeaks(text, [first, second, third]), place).toEqual([]);
  });

  /** Token claims that echo what was sent: plainly, or cut into pieces that fit an email and uid shape. */
  const alnum = (value: string): string => value.replace(/[^A-Za-z0-9]/g, '');
  const chunked = (value: string): string => (value.match(/.{1,7}/g) ?? []).join('_');
  const claimEchoes: Record<string, (echoed: string) => Record<string, unknown>> = {
    plain: (echoed) => ({ email: echoed, uid: echoed }),
    'in pieces of a valid shape': (echoed) => {
      const text = alnum(echoed);
      return { email: `${text.slice(0, 7)}.${text.slice(7, 14)}@${text.slice(14, 21)}.${text.slice(21, 28)}`, uid: chunked(text).slice(0, 64) };
    },
  };

  it.each(Object.entries(claimEchoes))(
    'issued token claims echoing the secret %s never reach the label, window, tray, notifications or disk',
    async (_form, claimsFor) => {
      server = await startHostileServer();
      const rig = await createVaultRig();
      rigs.push(rig);
      const issued: string[] = [];
      const nowSeconds = Math.floor(Date.now() / 1000);
      server.script(tokenPath, (request) => {
        // A renewal echoes the signature of the token it replaces as well as the secret.
        const previous = issued.at(-1)?.split('.')[2] ?? '';
        const token = makeToken({ ...claimsFor(`${sentSecret(request)}${previous}`), iat: nowSeconds, exp: nowSeconds + 30 * 86_400 });
        issued.push(token);
        return { kind: 'json', body: { code: 1000, token } };
      });
      server.script(quotaPath, () => ({ kind: 'json', body: { code: 1200, msg: 'banned' } }));
      const secret = canarySecret();
      const seenText: string[] = [];
      rig.runtime.onEvent((channel, payload) => seenText.push(channel, JSON.stringify(payload)));

      const added = await rig.call('addAccount', { clientId: 'claims-client', clientSecret: secret, baseUrl: server.baseUrl });
      seenText.push(JSON.stringify(added));
      if (!added.ok) throw new Error(`add refused: ${added.error.code}`);
      expect(added.data).toMatchObject({ label: 'claims-client', email: null, uid: null, status: 'banned' });
      const renewed = await rig.call('renewToken', { id: added.data.id });
      seenText.push(JSON.stringify(renewed));
      expect(renewed).toMatchObject({ ok: true, data: { email: null, uid: null } });
      await rig.runtime.whenIdle();
      const state = await rig.call('getState', {});
      seenText.push(JSON.stringify(state));
      if (!state.ok) throw new Error('getState failed');

      expect(issued).toHaveLength(2);
      expect(rig.notificationText()).toContain('claims-client');
      const places = {
        'bridge replies and events': seenText.join('\n'),
        'tray model': JSON.stringify(buildTrayModel(state.data.accounts, Date.now())),
        notifications: rig.notificationText(),
        logs: rig.logLines.join('\n'),
        'data directory': dataDirText(rig),
      };
      for (const [place, text] of Object.entries(places)) expect(findLeaks(text, [secret, ...issued]), place).toEqual([]);
    },
  );

  it('an older vault file keeps its accounts but loses the server text it stored (problem text, unshaped claims), on open and on disk', async () => {
    server = await startHostileServer();
    server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 5 } } }));
    const rig = await createVaultRig();
    rigs.push(rig);
    const id = await rig.addAccount(server.baseUrl, canarySecret(), 'Old');
    await rig.runtime.whenIdle();
    const leaked = canarySecret();
    const old = rig.document();
    const oldStatus = { result: 'banned', problem: `Akool reports this account as banned (code 1200). Akool said: secret ${leaked}`, credit: 5, checkedAt: 1 };
    const oldToken = (record: (typeof old.accounts)[number]) => ({ ...record.token, email: `${leaked}@x.io`, uid: leaked });
    writeFileSync(rig.vaultPath, JSON.stringify({ ...old, accounts: old.accounts.map((record) => ({ ...record, status: oldStatus, token: oldToken(record) })) }));

    const restarted = await rig.reopen();
    rigs.push(restarted);
    expect(await restarted.call('getState', {})).toMatchObject({
      ok: true,
      data: { accounts: [{ id, label: 'Old', status: 'banned', problem: 'Akool reports this account as banned (code 1200).', email: null, uid: null }] },
    });
    expect(await restarted.call('renameAccount', { id, label: 'Renamed' })).toMatchObject({ ok: true });
    expect(restarted.document().accounts[0]?.status.problem).toBe('akool:1200');
    expect(findLeaks(restarted.diskText(), [leaked])).toEqual([]);
  });
});
