// Proves the page transport against the real harness server: invoke, one shared event stream, unsubscribe and reconnect. Must not import main/compose-vault.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConsoleLogger } from '../../../main/node/console-logger';
import { createFetchTransport, type FetchLike } from '../../harness/page-transport';
import { loadRendererBuild } from '../../harness/renderer-build';
import { serveHarness, type ServedHarness } from '../../harness/serve-harness';
import { readCapabilityFragment } from '../../harness/wire';
import { createRecordingRuntime, emptyState } from './recording-runtime';
import { createRendererFixture, type RendererFixture } from './renderer-fixture';

let fixture: RendererFixture;
let served: ServedHarness;
let capability: string;
const runtime = createRecordingRuntime();

beforeAll(async () => {
  fixture = createRendererFixture();
  served = await serveHarness({ runtime, renderer: loadRendererBuild(fixture.rendererDir), logger: createConsoleLogger(() => undefined) });
  capability = readCapabilityFragment(new URL(served.url).hash) ?? '';
});

afterAll(async () => {
  await served.close();
  fixture.cleanup();
});

/** Real fetch that remembers each events-stream response, so a test can wait until the server holds the stream. */
function trackingFetch(): { fetch: FetchLike; streamsOpened: Array<Promise<Response>> } {
  const streamsOpened: Array<Promise<Response>> = [];
  return {
    streamsOpened,
    fetch: (url, init) => {
      const response = fetch(url, init);
      if (url.endsWith('/__vault/events')) streamsOpened.push(response);
      return response;
    },
  };
}

describe('page transport invoke', () => {
  it('posts channel and input and resolves with the envelope', async () => {
    const transport = createFetchTransport({ fetch, origin: served.origin, capability });
    expect(await transport.invoke('vault:getState', { a: 1 })).toEqual({ ok: true, data: emptyState });
    expect(runtime.calls.at(-1)).toEqual({ channel: 'vault:getState', input: { a: 1 } });
  });

  it('rejects when the harness refuses the capability', async () => {
    const transport = createFetchTransport({ fetch, origin: served.origin, capability: 'ab'.repeat(32) });
    await expect(transport.invoke('vault:getState', {})).rejects.toThrow(/refused the call \(403\)/);
  });
});

describe('page transport events', () => {
  it('delivers each event to the listeners of its channel over one shared stream', async () => {
    const tracking = trackingFetch();
    const transport = createFetchTransport({ fetch: tracking.fetch, origin: served.origin, capability });
    const changed: unknown[] = [];
    const cleared: unknown[] = [];
    const stopChanged = transport.subscribe('vault-event:accountsChanged', (payload) => changed.push(payload));
    const stopCleared = transport.subscribe('vault-event:clipboardCleared', (payload) => cleared.push(payload));
    expect(tracking.streamsOpened).toHaveLength(1);
    await tracking.streamsOpened[0];
    runtime.emit('vault-event:accountsChanged', emptyState);
    runtime.emit('vault-event:clipboardCleared', { reason: 'quit' });
    await vi.waitFor(() => expect(cleared).toEqual([{ reason: 'quit' }]));
    expect(changed).toEqual([emptyState]);
    stopChanged();
    stopCleared();
  });

  it('stops the stream when the last listener leaves and opens a new one for the next', async () => {
    const tracking = trackingFetch();
    const transport = createFetchTransport({ fetch: tracking.fetch, origin: served.origin, capability, reconnectDelayMs: 10 });
    const received: unknown[] = [];
    const stop = transport.subscribe('vault-event:clipboardCleared', (payload) => received.push(payload));
    await tracking.streamsOpened[0];
    stop();
    runtime.emit('vault-event:clipboardCleared', { reason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual([]);
    expect(tracking.streamsOpened).toHaveLength(1);
    const stopAgain = transport.subscribe('vault-event:clipboardCleared', (payload) => received.push(payload));
    expect(tracking.streamsOpened).toHaveLength(2);
    stopAgain();
  });

  it('reconnects after a failed stream and then delivers events', async () => {
    const tracking = trackingFetch();
    let failures = 1;
    const flaky: FetchLike = (url, init) => {
      if (url.endsWith('/__vault/events') && failures > 0) {
        failures -= 1;
        return Promise.reject(new TypeError('network down'));
      }
      return tracking.fetch(url, init);
    };
    const transport = createFetchTransport({ fetch: flaky, origin: served.origin, capability, reconnectDelayMs: 10 });
    const received: unknown[] = [];
    const stop = transport.subscribe('vault-event:clipboardCleared', (payload) => received.push(payload));
    await vi.waitFor(() => expect(tracking.streamsOpened).toHaveLength(1));
    await tracking.streamsOpened[0];
    runtime.emit('vault-event:clipboardCleared', { reason: 'timeout' });
    await vi.waitFor(() => expect(received).toEqual([{ reason: 'timeout' }]));
    stop();
  });
});
