// Proves startHarness end to end: the real vault under Node, reached through the page transport and bridge, against the sandbox. Must not import electron.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../preload/bridge';
import { startHarness, type Harness } from '../../harness/server';
import { createFetchTransport } from '../../harness/page-transport';
import { readCapabilityFragment } from '../../harness/wire';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { makeTempDir } from '../../support/temp-dir';
import { createRendererFixture, type RendererFixture } from './renderer-fixture';

let sandbox: Sandbox;
let fixture: RendererFixture;
let dataDir: { path: string; remove(): void };
let harness: Harness;
const echoed: string[] = [];

beforeEach(async () => {
  sandbox = await startSandbox();
  fixture = createRendererFixture();
  dataDir = makeTempDir('akool-harness-data-');
  harness = await startHarness({
    baseUrl: sandbox.baseUrl,
    dataDir: dataDir.path,
    rendererDir: fixture.rendererDir,
    onLogLine: (line) => echoed.push(line),
  });
});

afterEach(async () => {
  await harness.close();
  await sandbox.close();
  fixture.cleanup();
  dataDir.remove();
});

/** `input.count`: the trusted key presses and clicks the page has seen, as page-bridge.ts counts them. */
function pageBridge(input = { count: 0 }) {
  const transport = createFetchTransport({
    fetch,
    origin: harness.origin,
    capability: readCapabilityFragment(new URL(harness.url).hash) ?? '',
    reconnectDelayMs: 20,
    inputCount: () => input.count,
  });
  return createBridge(transport.invoke, transport.subscribe);
}

describe('startHarness', () => {
  it('refuses to start without a renderer build and says how to make one', async () => {
    const empty = makeTempDir('akool-harness-empty-');
    try {
      await expect(startHarness({ dataDir: empty.path, rendererDir: join(empty.path, 'out') })).rejects.toThrow(
        /index\.html is missing\. Run npm run build first/,
      );
    } finally {
      empty.remove();
    }
  });

  it('exposes the page URL with its capability and the suggested base URL', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#cap=[0-9a-f]{64}$/);
    expect(harness.url.startsWith(`${harness.origin}/`)).toBe(true);
    expect(harness.suggestedBaseUrl).toBe(sandbox.baseUrl);
  });

  it('adds an account through the bridge, pushes the change, copies the token only to the in-memory clipboard', async () => {
    const input = { count: 0 };
    const vault = pageBridge(input);
    const changes: number[] = [];
    const stop = vault.onAccountsChanged((state) => changes.push(state.accounts.length));
    const added = await vault.addAccount({
      label: 'Demo',
      clientId: 'demo-active',
      clientSecret: 'demo-secret-active',
      baseUrl: sandbox.baseUrl,
    });
    if (!added.ok) throw new Error(`addAccount failed: ${added.error.code} ${added.error.message}`);
    expect(added.data).toMatchObject({ status: 'active', email: 'active@sandbox.test', uid: '100001', credit: 1234 });
    await vi.waitFor(() => expect(changes).toContain(1));

    // No key press or click reached the page: the copy is refused, as Electron's main refuses one without 'input-event'.
    expect(await vault.copyToken({ id: added.data.id })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/needs a click or key press/) } });
    expect(harness.clipboard.text()).toBe('');
    input.count += 1;
    const copied = await vault.copyToken({ id: added.data.id });
    expect(copied.ok).toBe(true);
    // One input, one copy.
    expect(await vault.copyToken({ id: added.data.id })).toMatchObject({ ok: false });
    const token = sandbox.issuedTokens('demo-active').at(-1);
    expect(token).toBeDefined();
    expect(harness.clipboard.text()).toBe(token);
    stop();

    const everything = [...harness.logLines, ...echoed].join('\n');
    expect(everything).not.toContain('demo-secret-active');
    expect(everything).not.toContain(token);
    expect(existsSync(join(dataDir.path, 'vault.json'))).toBe(true);
  });

  it('passes every log line to onLogLine as well as logLines', async () => {
    const refused = await fetch(`${harness.origin}/__vault/invoke`, { method: 'POST' });
    expect(refused.status).toBe(403);
    expect(harness.logLines.some((line) => line.includes('harness refused a transport request'))).toBe(true);
    expect(echoed).toEqual(expect.arrayContaining([...harness.logLines]));
  });

  it('records notifications from a wake-up and pushes focusAccount to the page, serving neither over HTTP', async () => {
    const vault = pageBridge();
    const added = await vault.addAccount({ label: 'Demo', clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl });
    if (!added.ok) throw new Error(added.error.message);
    sandbox.setState('demo-active', 'banned');
    harness.wake('online');
    await harness.whenIdle();
    expect(harness.notifications).toEqual([
      { title: 'Akool account banned', body: 'Demo: Akool reports this account as banned.', accountId: added.data.id },
    ]);
    expect(harness.state().accounts[0]?.status).toBe('banned');
    const focused: string[] = [];
    const stop = vault.onFocusAccount(({ id }) => focused.push(id));
    await vi.waitFor(() => {
      harness.focusAccount(added.data.id);
      expect(focused).toContain(added.data.id);
    });
    stop();
    for (const path of ['/notifications', '/__vault/notifications', '/clipboard', '/__vault/clipboard']) {
      expect((await fetch(`${harness.origin}${path}`)).status).not.toBe(200);
    }
  });

  it('clears a copied token from the clipboard on close', async () => {
    const vault = pageBridge({ count: 1 });
    const added = await vault.addAccount({ label: 'Demo', clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl });
    if (!added.ok) throw new Error(added.error.message);
    await vault.copyToken({ id: added.data.id });
    expect(harness.clipboard.text()).not.toBe('');
    await harness.close();
    expect(harness.clipboard.text()).toBe('');
    await expect(harness.close()).resolves.toBeUndefined();
  });
});
