// Serves a vault runtime and a renderer build on 127.0.0.1 with a fresh capability. Must not import main/compose-vault or electron.
import { createServer } from 'node:http';
import type { Logger } from '../../main/core/ports';
import { listenOnLoopback } from '../sandbox/listen-loopback';
import { bundlePageBridge } from './bridge-bundle';
import { createCapability } from './capability';
import { createEventHub } from './event-stream';
import { createHarnessHandler, type TransportRuntime } from './harness-handler';
import type { RendererBuild } from './renderer-build';
import { capabilityFragment } from './wire';

export interface ServeHarnessOptions {
  runtime: TransportRuntime;
  renderer: RendererBuild;
  logger: Logger;
  port?: number;
}

export interface ServedHarness {
  /** The page to open, with the capability in its fragment. */
  url: string;
  origin: string;
  /** Safe to call more than once. */
  close(): Promise<void>;
}

export async function serveHarness(options: ServeHarnessOptions): Promise<ServedHarness> {
  const bridgeScript = await bundlePageBridge();
  const capability = createCapability();
  const server = createServer();
  const host = `127.0.0.1:${await listenOnLoopback(server, options.port)}`;
  const origin = `http://${host}`;

  const events = createEventHub();
  const stopEvents = options.runtime.onEvent((channel, payload) => events.publish(channel, payload));
  server.on(
    'request',
    createHarnessHandler({
      runtime: options.runtime,
      inputSeen: { count: 0 },
      renderer: options.renderer,
      bridgeScript,
      events,
      expected: { capability, host, origin },
      logger: options.logger,
    }),
  );

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      stopEvents();
      events.closeAll();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });

  return {
    url: `${origin}/${capabilityFragment(capability)}`,
    origin,
    close: () => (closing ??= close()),
  };
}
