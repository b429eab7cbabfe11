// Fuzzes every IPC channel with seeded hostile payloads through runtime.dispatch, and a sample through the harness HTTP transport: no crash, nothing stored, a typed error each time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels, type ChannelName } from '../../preload/contract';
import { startHarness, type Harness } from '../harness/server';
import { capabilityHeader, invokePath, readCapabilityFragment } from '../harness/wire';
import { createRendererFixture, type RendererFixture } from '../unit/harness/renderer-fixture';
import { makeTempDir } from '../support/temp-dir';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { hostilePayload } from './support/payload-generator';
import { seededRandom } from './support/seeded-random';
import { canarySecret, goodToken } from './support/tokens';
import { leaksPiece } from '../support/canary-pieces';
import { createVaultRig, type VaultRig } from './support/vault-rig';

const perChannel = 1000;
const overHttpPerChannel = 30;
const seed = 0xf022_0001;
const invokeBodyLimitBytes = 64 * 1024;

/** `perChannel` payloads the channel's own input schema rejects, generated from the seed. */
function rejectedPayloads(name: ChannelName, count: number): unknown[] {
  const random = seededRandom(seed + channelNames.indexOf(name));
  const payloads: unknown[] = [];
  for (let attempts = 0; payloads.length < count && attempts < count * 5; attempts += 1) {
    const payload = hostilePayload(random, name);
    if (!channels[name].input.safeParse(payload).success) payloads.push(payload);
  }
  return payloads;
}

const isTypedRefusal = (reply: unknown): boolean => {
  if (typeof reply !== 'object' || reply === null || Reflect.get(reply, 'ok') !== false) return false;
  const error: unknown = Reflect.get(reply, 'error');
  if (typeof error !== 'object' || error === null) return false;
  const message: unknown = Reflect.get(error, 'message');
  return (
    Reflect.get(error, 'code') === 'invalid-input' &&
    typeof message === 'string' &&
    message.length > 0 &&
    message.length <= 300 &&
    !/[\p{Cc}\p{Cf}]/u.test(message)
  );
};

describe('IPC fuzzing', () => {
  let server: HostileServer;
  let rig: VaultRig;
  let secret: string;
  let apiKey: string;
  const tried: Record<string, number> = {};

  beforeAll(async () => {
    server = await startHostileServer();
    server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 2 } } }));
    rig = await createVaultRig();
    secret = canarySecret();
    apiKey = canarySecret();
    await rig.addAccount(server.baseUrl, secret);
    expect(await rig.runtime.dispatch('vault:addAccount', { kind: 'api-key', label: 'Keyed', apiKey, baseUrl: server.baseUrl })).toMatchObject({
      ok: true,
      data: { kind: 'api-key', status: 'active' },
    });
  });
  afterAll(async () => {
    await server.close();
    rig.remove();
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });

  it.each(channelNames.map((name) => ({ name })))(
    `$name: ${perChannel} hostile payloads through runtime.dispatch each get invalid-input; nothing is stored`,
    async ({ name }) => {
      const payloads = rejectedPayloads(name, perChannel);
      expect(payloads).toHaveLength(perChannel);
      const fileBefore = rig.vaultBytes();
      const stateBefore = JSON.stringify(await rig.runtime.dispatch('vault:getState', {}));
      const requestsBefore = server.requests.length;
      const replies = await Promise.all(payloads.map((payload) => rig.runtime.dispatch(`vault:${name}`, payload)));
      const refused = replies.filter(isTypedRefusal).length;
      tried[name] = payloads.length;
      expect(refused).toBe(perChannel);
      expect(rig.vaultBytes()?.equals(fileBefore ?? Buffer.alloc(0))).toBe(true);
      expect(JSON.stringify(await rig.runtime.dispatch('vault:getState', {}))).toBe(stateBefore);
      expect(server.requests.length).toBe(requestsBefore);
      expect(rig.clipboardText()).toBe('');
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
      expect(leaksPiece(rig.logLines.join('\n') + JSON.stringify(replies), [secret, apiKey])).toBe(false);
    },
    30_000,
  );

  it.each([
    'http://example.com',
    'https://user:pass@example.com',
    'https://example.com/?q=1',
    'https://example.com/#x',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    'https://example.com:99999',
  ])('replaceSecret with the schema-valid but refused base URL %#: invalid-input naming the address, nothing sent or stored', async (baseUrl) => {
    const id = rig.document().accounts[0]?.id ?? '';
    const fileBefore = rig.vaultBytes();
    const requestsBefore = server.requests.length;
    const typed = canarySecret();
    const reply = await rig.runtime.dispatch('vault:replaceSecret', { id, clientSecret: typed, baseUrl });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/API address|http/) } });
    expect(rig.vaultBytes()?.equals(fileBefore ?? Buffer.alloc(0))).toBe(true);
    expect(server.requests.length).toBe(requestsBefore);
    expect(leaksPiece(JSON.stringify(reply) + rig.logLines.join('\n'), [typed, secret])).toBe(false);
  });

  it('fuzzed every channel the contract declares', () => {
    expect(Object.keys(tried).sort()).toEqual([...channelNames].sort());
  });

  describe('through the harness HTTP transport', () => {
    let harness: Harness;
    let renderer: RendererFixture;
    const dataDir = makeTempDir('akool-vault-fuzz-');
    beforeAll(async () => {
      renderer = createRendererFixture();
      harness = await startHarness({ dataDir: dataDir.path, rendererDir: renderer.rendererDir });
    });
    afterAll(async () => {
      await harness.close();
      renderer.cleanup();
      dataDir.remove();
    });

    it(`${overHttpPerChannel} hostile payloads per channel over HTTP: a typed refusal, 400 without input, 413 past the body limit; the harness stays up`, async () => {
      const capability = readCapabilityFragment(new URL(harness.url).hash) ?? '';
      let sent = 0;
      for (const name of channelNames) {
        for (const payload of rejectedPayloads(name, overHttpPerChannel)) {
          const body = JSON.stringify({ channel: `vault:${name}`, input: payload });
          if (channels[name].input.safeParse(JSON.parse(body).input).success) continue;
          const response = await fetch(harness.origin + invokePath, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [capabilityHeader]: capability },
            body,
          });
          sent += 1;
          if (Buffer.byteLength(body) > invokeBodyLimitBytes || !body.includes('"input":')) {
            expect(response.status).toBe(Buffer.byteLength(body) > invokeBodyLimitBytes ? 413 : 400);
            await response.body?.cancel();
          } else {
            expect(response.status).toBe(200);
            expect(isTypedRefusal(await response.json()), `${name}: not a typed refusal`).toBe(true);
          }
        }
      }
      expect(sent).toBeGreaterThan(channelNames.length * overHttpPerChannel * 0.9);
      const state = await fetch(harness.origin + invokePath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [capabilityHeader]: capability },
        body: JSON.stringify({ channel: 'vault:getState', input: {} }),
      });
      expect(await state.json()).toMatchObject({ ok: true, data: { accounts: [] } });
    }, 60_000);
  });
});
