// Proves the bundled bridge script defines a locked window.vault that reaches the harness, run in a fresh JS realm. Must not import main/compose-vault.
import { createContext, runInContext, type Context } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConsoleLogger } from '../../../main/node/console-logger';
import { channelNames, eventNames } from '../../../preload/contract';
import { bundlePageBridge } from '../../harness/bridge-bundle';
import { loadRendererBuild } from '../../harness/renderer-build';
import { serveHarness, type ServedHarness } from '../../harness/serve-harness';
import { createRecordingRuntime, emptyState } from './recording-runtime';
import { createRendererFixture, type RendererFixture } from './renderer-fixture';

let fixture: RendererFixture;
let served: ServedHarness;
let script: string;
const runtime = createRecordingRuntime();

beforeAll(async () => {
  fixture = createRendererFixture();
  served = await serveHarness({ runtime, renderer: loadRendererBuild(fixture.rendererDir), logger: createConsoleLogger(() => undefined) });
  script = await bundlePageBridge();
});

afterAll(async () => {
  await served.close();
  fixture.cleanup();
});

function page(hash: string, consoleError: (...args: unknown[]) => void = () => undefined): Context {
  const context = createContext({
    location: { hash, origin: served.origin },
    fetch,
    console: { error: consoleError },
    URLSearchParams,
    TextDecoder,
    AbortController,
    setTimeout,
    clearTimeout,
  });
  runInContext(script, context);
  return context;
}

describe('page bridge script', () => {
  it('defines vault with the named methods only, not writable and not configurable', () => {
    const context = page(new URL(served.url).hash);
    expect(runInContext('Object.getOwnPropertyDescriptor(globalThis, "vault")', context)).toMatchObject({
      writable: false,
      configurable: false,
    });
    const listeners = eventNames.map((name) => `on${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    expect(runInContext('Object.keys(vault).sort().join(",")', context)).toBe([...channelNames, ...listeners, 'takeEarlyState'].sort().join(','));
    expect(runInContext('"use strict"; try { vault = {}; "replaced" } catch { "kept" }', context)).toBe('kept');
  });

  it('calls the vault through the harness with the capability from the fragment', async () => {
    const context = page(new URL(served.url).hash);
    const reply = await runInContext('vault.getState({})', context);
    expect(JSON.parse(JSON.stringify(reply))).toEqual({ ok: true, data: emptyState });
    expect(runtime.calls.at(-1)).toEqual({ channel: 'vault:getState', input: {} });
  });

  it('never compiles code with new Function, which the page CSP forbids once its meta tag is parsed', async () => {
    const context = page(new URL(served.url).hash);
    runInContext('globalThis.Function = function () { throw new EvalError("blocked by CSP"); };', context);
    const reply = await runInContext('vault.getState({})', context);
    expect(JSON.parse(JSON.stringify(reply))).toEqual({ ok: true, data: emptyState });
  });

  it('without a capability fragment, reports it and every call fails closed', async () => {
    const consoleError = vi.fn();
    const context = page('', consoleError);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('#cap='));
    const before = runtime.calls.length;
    const reply = await runInContext('vault.getState({})', context);
    expect(JSON.parse(JSON.stringify(reply))).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(runtime.calls.length).toBe(before);
  });
});
