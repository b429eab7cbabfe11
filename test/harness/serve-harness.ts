// Serves a vault runtime and a renderer build on 127.0.0.1 with a fresh capability. Must not import main/compose-vault or electron.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../main/core/ports';
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('The harness did not bind a TCP port.');
  const host = `127.0.0.1:${address.port}`;
  const origin = `http://${host}`;

  const events = createEventHub();
  const stopEvents = options.runtime.onEvent((channel, payload) => events.publish(channel, payload));
  server.on(
    'request',
    createHarnessHandler({
      runtime: options.runtime,
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
