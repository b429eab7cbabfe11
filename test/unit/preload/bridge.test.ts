// Proves the bridge sends to the right channel, parses replies and events, and drops anything malformed.
import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../preload/bridge';
import { defaultSettings } from '../../../preload/contract';

const id = '3f1c9d2e-8a4b-4c6d-9e0f-112233445566';

describe('bridge', () => {
  it('invokes the named channel with the input and returns a valid envelope', async () => {
    const sent: Array<[string, unknown]> = [];
    const bridge = createBridge(
      async (channel, input) => {
        sent.push([channel, input]);
        return { ok: true, data: { id, undoUntil: '2030-01-01T00:00:10.000Z' } };
      },
      () => () => undefined,
    );
    expect(await bridge.removeAccount({ id })).toEqual({ ok: true, data: { id, undoUntil: '2030-01-01T00:00:10.000Z' } });
    expect(sent).toEqual([['vault:removeAccount', { id }]]);
  });

  it.each([
    ['an undeclared field', { ok: true, data: { id, token: 'eyJx' } }],
    ['a wrong shape', { ok: true, data: 'x' }],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
    ['nothing', undefined],
  ])('turns a reply with %s into an internal error', async (_name, reply) => {
    const bridge = createBridge(async () => reply, () => () => undefined);
    const result = await bridge.removeAccount({ id });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('eyJx');
  });

  it('turns a transport failure into an internal error', async () => {
    const bridge = createBridge(
      async () => {
        throw new Error('connection lost');
      },
      () => () => undefined,
    );
    expect(await bridge.getState({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only valid event payloads and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    let removed = '';
    const bridge = createBridge(
      async () => undefined,
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => {
          removed = channel;
        };
      },
    );
    const received: unknown[] = [];
    const stop = bridge.onClipboardCleared((payload) => received.push(payload));
    const emit = listeners.get('vault-event:clipboardCleared');
    emit?.({ reason: 'timeout' });
    emit?.({ reason: 'timeout', token: 'eyJx' });
    emit?.('garbage');
    expect(received).toEqual([{ reason: 'timeout' }]);
    stop();
    expect(removed).toBe('vault-event:clipboardCleared');
  });
});

describe('bridge with prefetchState', () => {
  const state = (label: string) => ({
    accounts: [],
    protection: { backend: 'gnome_libsecret', level: 'strong', weakOptIn: false, canStoreSecrets: true, sealMark: 'v11', weakSeals: 0 },
    settings: defaultSettings,
    notice: label,
    locked: false,
  });

  function recordingBridge(replies: unknown[]) {
    const sent: string[] = [];
    const listeners = new Map<string, (payload: unknown) => void>();
    const bridge = createBridge(
      async (channel) => {
        sent.push(channel);
        return replies.shift();
      },
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      },
      { prefetchState: true },
    );
    return { bridge, sent, push: (payload: unknown) => listeners.get('vault-event:accountsChanged')?.(payload), listeners };
  }

  it('sends getState once as it is built and answers the first getState with it', async () => {
    const { bridge, sent } = recordingBridge([{ ok: true, data: state('early') }, { ok: true, data: state('later') }]);
    expect(sent).toEqual(['vault:getState']);
    expect(await bridge.getState({})).toEqual({ ok: true, data: state('early') });
    expect(sent).toEqual(['vault:getState']);
    expect(await bridge.getState({})).toEqual({ ok: true, data: state('later') });
    expect(sent).toEqual(['vault:getState', 'vault:getState']);
  });

  it('answers with a valid state pushed before the page asked, and stops listening once it has', async () => {
    const { bridge, push, listeners } = recordingBridge([{ ok: true, data: state('early') }]);
    push({ nonsense: true });
    push(state('pushed'));
    expect(await bridge.getState({})).toEqual({ ok: true, data: state('pushed') });
    expect(listeners.has('vault-event:accountsChanged')).toBe(false);
  });

  it('takeEarlyState: null before the early answer, then that answer once; the next getState asks again', async () => {
    const { bridge, sent } = recordingBridge([{ ok: true, data: state('early') }, { ok: true, data: state('later') }]);
    expect(bridge.takeEarlyState()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.takeEarlyState()).toEqual(state('early'));
    expect(bridge.takeEarlyState()).toBeNull();
    expect(await bridge.getState({})).toEqual({ ok: true, data: state('later') });
    expect(sent).toEqual(['vault:getState', 'vault:getState']);
  });

  it('takeEarlyState: a state pushed before the page subscribes reaches its first onAccountsChanged', async () => {
    const { bridge, push } = recordingBridge([{ ok: true, data: state('early') }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.takeEarlyState()).toEqual(state('early'));
    push(state('in between'));
    const seen: unknown[] = [];
    bridge.onAccountsChanged((pushed) => seen.push(pushed));
    await Promise.resolve();
    expect(seen).toEqual([state('in between')]);
  });

  it('asks again when the early request failed', async () => {
    const { bridge, sent } = recordingBridge([
      { ok: false, error: { code: 'internal', message: 'Request refused.' } },
      { ok: true, data: state('retried') },
    ]);
    expect(await bridge.getState({})).toEqual({ ok: true, data: state('retried') });
    expect(sent).toEqual(['vault:getState', 'vault:getState']);
  });

  it('sends nothing until asked without the option', () => {
    const sent: string[] = [];
    createBridge(
      async (channel) => {
        sent.push(channel);
      },
      () => () => undefined,
    );
    expect(sent).toEqual([]);
  });
});
