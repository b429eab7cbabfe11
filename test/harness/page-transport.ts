// The page side of the loopback transport: invoke over POST, push events over one shared NDJSON stream. Must not import node:* or main/.
import type { Invoke, Subscribe } from '../../preload/bridge';
import { createEventLineParser } from './event-lines';
import { capabilityHeader, eventsPath, inputCountHeader, invokePath } from './wire';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchTransportOptions {
  fetch: FetchLike;
  /** `location.origin` in the page; an absolute origin when driven from Node. */
  origin: string;
  capability: string;
  reconnectDelayMs?: number;
  /** Trusted key presses and clicks so far (page-bridge.ts); absent: none, so no copy is allowed. */
  inputCount?: () => number;
}

export function createFetchTransport(options: FetchTransportOptions): { invoke: Invoke; subscribe: Subscribe } {
  const { fetch, origin, capability } = options;
  const reconnectDelayMs = options.reconnectDelayMs ?? 1000;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stream: AbortController | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const invoke: Invoke = async (channel, input) => {
    const response = await fetch(origin + invokePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [capabilityHeader]: capability, [inputCountHeader]: String(options.inputCount?.() ?? 0) },
      body: JSON.stringify({ channel, input }),
    });
    if (!response.ok) throw new Error(`The harness refused the call (${response.status}).`);
    return response.json();
  };

  const deliver = (channel: string, payload: unknown): void => {
    listeners.get(channel)?.forEach((listener) => listener(payload));
  };

  async function read(signal: AbortSignal): Promise<void> {
    const response = await fetch(origin + eventsPath, { headers: { [capabilityHeader]: capability }, signal });
    if (!response.ok || response.body === null) throw new Error(`The harness refused the event stream (${response.status}).`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = createEventLineParser(deliver);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.push(decoder.decode(value, { stream: true }));
    }
  }

  function open(): void {
    const controller = new AbortController();
    stream = controller;
    void read(controller.signal)
      .catch(() => undefined)
      .then(() => {
        if (stream !== controller) return;
        stream = null;
        retry = setTimeout(() => {
          retry = null;
          if (listeners.size > 0 && stream === null) open();
        }, reconnectDelayMs);
      });
  }

  function close(): void {
    if (retry !== null) clearTimeout(retry);
    retry = null;
    stream?.abort();
    stream = null;
  }

  const subscribe: Subscribe = (channel, listener) => {
    const forChannel = listeners.get(channel) ?? new Set();
    forChannel.add(listener);
    listeners.set(channel, forChannel);
    if (stream === null && retry === null) open();
    return () => {
      forChannel.delete(listener);
      if (forChannel.size === 0 && listeners.get(channel) === forChannel) listeners.delete(channel);
      if (listeners.size === 0) close();
    };
  };

  return { invoke, subscribe };
}
