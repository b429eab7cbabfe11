// Composes the real vault runtime on a fake clock over the in-process sandbox, for monitor, alert and runtime tests and the wake-up benchmark.
import { randomBytes } from 'node:crypto';
import { composeVault, type VaultRuntime } from '../../main/compose-vault';
import { createAesGcmCipher } from '../../main/node/aes-gcm-cipher';
import { createMemoryClipboard } from '../../main/node/memory-clipboard';
import type { Http } from '../../main/core/ports';
import { envelopeSchema, ipcChannel, type AccountView, type ChannelInput, type ChannelName, type ChannelOutput } from '../../preload/contract';
import { demoAccounts, type SandboxAccountSeed } from '../sandbox/accounts';
import { createFakeClock, type FakeClock } from './fake-clock';
import { createMemoryLogger } from './memory-logger';
import { createMemoryNotifier } from './memory-notifier';
import { createMemoryStore } from './memory-store';
import { createSandboxHttp, type SandboxHttp } from './sandbox-http';

export interface RuntimeFixture {
  runtime: VaultRuntime;
  clock: FakeClock;
  sandbox: SandboxHttp;
  notifier: ReturnType<typeof createMemoryNotifier>;
  clipboard: { text(): string };
  store: ReturnType<typeof createMemoryStore>;
  logLines: string[];
  /** Calls a channel through dispatch; resolves with its data or throws with the error code. */
  call<K extends ChannelName>(runtime: VaultRuntime, name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** Adds a sandbox account by clientId through the first runtime. */
  add(clientId: string): Promise<AccountView>;
  /** Another runtime over the same file, key, clock, sandbox and notifier: as after a restart. */
  compose(): Promise<VaultRuntime>;
  /** Moves the fake clock by `ms`, stopping at every due timer and letting each background sweep finish. */
  run(runtime: VaultRuntime, ms: number): Promise<void>;
}

export async function createRuntimeFixture(
  options: {
    seeds?: readonly SandboxAccountSeed[];
    random?: () => number;
    /** Puts an adapter between the runtime and the sandbox, e.g. one that behaves like Electron's net.fetch. */
    wrapHttp?: (http: Http) => Http;
    keepInTrayDefault?: boolean;
  } = {},
): Promise<RuntimeFixture> {
  const seeds = options.seeds ?? demoAccounts;
  const clock = createFakeClock();
  const sandbox = createSandboxHttp(clock, seeds);
  const notifier = createMemoryNotifier();
  const clipboard = createMemoryClipboard();
  const store = createMemoryStore();
  const marker = createMemoryStore();
  const logger = createMemoryLogger();
  const key = randomBytes(32);
  const compose = (): Promise<VaultRuntime> =>
    composeVault({
      cipher: createAesGcmCipher(key),
      store,
      marker,
      http: options.wrapHttp?.(sandbox.http) ?? sandbox.http,
      clock,
      clipboard,
      logger,
      notifier,
      random: options.random ?? (() => 0.5),
      keepInTrayDefault: options.keepInTrayDefault,
    });

  // A call stands for the user acting in the window: their click reached it first, as Electron's 'input-event' reports.
  const call: RuntimeFixture['call'] = async (runtime, name, input) => {
    runtime.noteUserInput();
    const envelope = envelopeSchema(name).parse(await runtime.dispatch(ipcChannel(name), input));
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.data;
  };

  const runtime = await compose();
  return {
    runtime,
    clock,
    sandbox,
    notifier,
    clipboard,
    store,
    logLines: logger.lines,
    call,
    add: (clientId) => {
      const seed = seeds.find((candidate) => candidate.clientId === clientId);
      if (seed === undefined) throw new Error(`no sandbox account ${clientId}`);
      return call(runtime, 'addAccount', { label: `Label ${clientId}`, clientId, clientSecret: seed.clientSecret, baseUrl: 'https://akool.test' });
    },
    compose,
    run: async (target, ms) => {
      const end = clock.now() + ms;
      for (;;) {
        await target.whenIdle();
        const due = clock.nextDue();
        if (due === null || due > end) break;
        clock.advance(due - clock.now());
      }
      clock.advance(end - clock.now());
      await target.whenIdle();
    },
  };
}
