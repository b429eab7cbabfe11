// Runs the real main-process vault under Node with Node adapters and serves the production renderer to a browser. Must not import electron.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeVault } from '../../main/compose-vault';
import type { WakeReason } from '../../main/core/monitor/monitor';
import type { AlertNotification, Http, Protection } from '../../main/core/ports';
import type { ScanRequest } from '../../main/core/scan/scan-request';
import type { ScanRun } from '../../main/core/scan/scan-service';
import { createAesGcmCipher, loadOrCreateKey } from '../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../main/node/open-conf-store';
import { markerFileName } from '../../main/node/conf-store';
import { createConsoleLogger } from '../../main/node/console-logger';
import { createMemoryClipboard, type MemoryClipboard } from '../../main/node/memory-clipboard';
import { startCliServer } from '../../main/node/cli-channel/cli-server';
import { createCliInstaller } from '../../main/node/cli-install/install-cli';
import { systemClock } from '../../main/node/system-clock';
import type { VaultState } from '../../preload/contract';
import { createMemoryNotifier } from '../support/memory-notifier';
import { loadRendererBuild } from './renderer-build';
import { createShiftedClock } from './shifted-clock';
import { serveHarness } from './serve-harness';

export interface HarnessOptions {
  /** Only suggested to the person or test driving the UI: each account carries its own base URL. */
  baseUrl?: string;
  dataDir: string;
  port?: number;
  /** Defaults to `<repo>/out/renderer`, the output of `npm run build`. */
  rendererDir?: string;
  /** Also receives every log line, e.g. to echo it on stdout. */
  onLogLine?: (line: string) => void;
  /** What the Node cipher plays, e.g. Linux basic_text (weak `v10` seals); a keyring-like strong cipher by default. */
  protection?: Protection;
  /** What the vault sends requests with; Node's fetch by default. A test may refuse every host but its own servers. */
  http?: Http;
  /** The home folder "Install command-line tool" installs into; `<dataDir>/home` when absent, never the real one. */
  cliHome?: string;
}

export interface Harness {
  /** The page to open; ends in `#cap=<capability>`. */
  url: string;
  origin: string;
  suggestedBaseUrl: string | null;
  /** The in-memory clipboard, for tests only: nothing serves it over HTTP. */
  clipboard: Pick<MemoryClipboard, 'text' | 'refuseConcealment'>;
  /** Every native notification the vault raised, for tests only: nothing serves them over HTTP. */
  notifications: readonly AlertNotification[];
  logLines: readonly string[];
  /** What the tray would show: the vault state, read directly. */
  state(): VaultState;
  /** As the platform does after sleep ('resume') or when the network returns ('online'). */
  wake(reason: WakeReason): void;
  /** As a click on a notification does: pushes focusAccount to the page. */
  focusAccount(id: string): void;
  /** Resolves once no background check is running. */
  whenIdle(): Promise<void>;
  /** The window's own IPC dispatch (channel as `vault:<name>`); resolves with the envelope, e.g. for the demo's seeding. */
  dispatch(channel: string, input: unknown): Promise<unknown>;
  /** `akool-vault scan` as the CLI channel will ask it: runs in this vault; --import's approval shows in the page. */
  scan(request: ScanRequest): Promise<ScanRun>;
  /** Moves the vault's clock forward by `ms` (its timers keep real time), e.g. to take checks hours apart. */
  advanceClock(ms: number): void;
  /** Where the command line reaches this harness (a Unix socket or named pipe); its key file is in the data directory. */
  cliEndpoint: string;
  /** Stops serving, then disposes the vault (which clears a token it left on the clipboard). Safe to call twice. */
  close(): Promise<void>;
}

export const defaultRendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const defaultCliSource = fileURLToPath(new URL('../../out/cli/akool-vault.mjs', import.meta.url));

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const renderer = loadRendererBuild(options.rendererDir ?? defaultRendererDir);
  const logLines: string[] = [];
  const logger = createConsoleLogger((line) => {
    logLines.push(line);
    options.onLogLine?.(line);
  });
  const clipboard = createMemoryClipboard();
  const notifier = createMemoryNotifier();
  const clock = createShiftedClock(systemClock);
  const runtime = await composeVault({
    cipher: createAesGcmCipher(loadOrCreateKey(options.dataDir), options.protection),
    store: openConfStore(options.dataDir),
    marker: openConfStore(options.dataDir, markerFileName),
    http: options.http ?? ((url, init) => fetch(url, init)),
    clock,
    clipboard,
    logger,
    notifier,
    installCli: createCliInstaller(defaultCliSource, options.cliHome ?? join(options.dataDir, 'home'), { PATH: '' }),
  });
  const served = await serveHarness({ runtime, renderer, logger, port: options.port }).catch((error: unknown) => {
    runtime.dispose();
    throw error;
  });
  const cli = await startCliServer({ dataDir: options.dataDir, service: runtime.cli, logger }).catch(async (error: unknown) => {
    await served.close();
    await runtime.dispose();
    throw error;
  });
  runtime.start();
  return {
    url: served.url,
    origin: served.origin,
    suggestedBaseUrl: options.baseUrl ?? null,
    clipboard: { text: () => clipboard.text(), refuseConcealment: () => clipboard.refuseConcealment() },
    notifications: notifier.sent,
    logLines,
    state: () => runtime.state(),
    wake: (reason) => runtime.wake(reason),
    focusAccount: (id) => runtime.focusAccount(id),
    whenIdle: () => runtime.whenIdle(),
    dispatch: (channel, input) => runtime.dispatch(channel, input),
    scan: (request) => runtime.scan(request),
    advanceClock: (ms) => clock.advance(ms),
    cliEndpoint: cli.endpoint,
    close: async () => {
      await cli.close();
      await served.close();
      await runtime.dispose();
    },
  };
}
