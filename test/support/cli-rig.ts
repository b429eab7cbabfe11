// The CLI channel end to end under Node: sandbox, the real vault runtime on a real data directory, the CLI socket server, and the CLI run in-process.
import { randomBytes } from 'node:crypto';
import { composeVault, type VaultRuntime } from '../../main/compose-vault';
import { createAesGcmCipher } from '../../main/node/aes-gcm-cipher';
import { startCliServer, type CliServer } from '../../main/node/cli-channel/cli-server';
import { createMemoryClipboard } from '../../main/node/memory-clipboard';
import { openConfStore } from '../../main/node/open-conf-store';
import { markerFileName } from '../../main/node/conf-store';
import { systemClock } from '../../main/node/system-clock';
import { envelopeSchema, ipcChannel, type AccountView, type ApprovalAnswer, type ApprovalView, type ChannelInput, type ChannelName, type ChannelOutput } from '../../preload/contract';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { runCliCaptured, type CliCall, type CliResult } from './cli-io';
import { createMemoryLogger } from './memory-logger';
import { createMemoryNotifier } from './memory-notifier';
import { makeTempDir } from './temp-dir';

export interface CliRig {
  sandbox: Sandbox;
  runtime: VaultRuntime;
  server: CliServer;
  dataDir: string;
  logLines: string[];
  notifications: ReturnType<typeof createMemoryNotifier>['sent'];
  call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  addApiKey(label: string, apiKey: string): Promise<AccountView>;
  addClient(label: string, clientId: string, clientSecret: string): Promise<AccountView>;
  cli(argv: readonly string[], call?: CliCall): Promise<CliResult>;
  /** Waits for the next request to show in the window, then answers it as the person would. */
  answerNext(answer: ApprovalAnswer): Promise<ApprovalView>;
  close(): Promise<void>;
}

export async function startCliRig(
  options: { sandbox?: SandboxOptions; approvalTimeoutMs?: number } = {},
): Promise<CliRig> {
  const sandbox = await startSandbox(options.sandbox);
  const dir = makeTempDir();
  const logger = createMemoryLogger();
  const notifier = createMemoryNotifier();
  const runtime = await composeVault({
    cipher: createAesGcmCipher(randomBytes(32)),
    store: openConfStore(dir.path),
    marker: openConfStore(dir.path, markerFileName),
    http: (url, init) => fetch(url, init),
    clock: systemClock,
    clipboard: createMemoryClipboard(),
    logger,
    notifier,
    approvalTimeoutMs: options.approvalTimeoutMs,
  });
  const server = await startCliServer({ dataDir: dir.path, service: runtime.cli, logger });
  const call: CliRig['call'] = async (name, input) => {
    const envelope = envelopeSchema(name).parse(await runtime.dispatch(ipcChannel(name), input));
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.data;
  };
  const seen = new Set<string>();
  const nextApproval = (): Promise<ApprovalView> =>
    new Promise((resolve) => {
      const check = async (): Promise<void> => {
        const { approvals } = await call('getApprovals', {});
        const found = approvals.find((approval) => !seen.has(approval.id));
        if (found === undefined) {
          setTimeout(() => void check(), 10);
          return;
        }
        seen.add(found.id);
        resolve(found);
      };
      void check();
    });
  return {
    sandbox,
    runtime,
    server,
    dataDir: dir.path,
    logLines: logger.lines,
    notifications: notifier.sent,
    call,
    addApiKey: (label, apiKey) => call('addAccount', { kind: 'api-key', label, apiKey, baseUrl: sandbox.baseUrl }),
    addClient: (label, clientId, clientSecret) => call('addAccount', { label, clientId, clientSecret, baseUrl: sandbox.baseUrl }),
    cli: (argv, cliCall = {}) => runCliCaptured(argv, { ...cliCall, env: { ...process.env, AKOOL_VAULT_DATA_DIR: dir.path, ...cliCall.env } }),
    answerNext: async (answer) => {
      const approval = await nextApproval();
      await call('answerApproval', { id: approval.id, answer });
      return approval;
    },
    close: async () => {
      await server.close();
      await runtime.dispose();
      await sandbox.close();
      dir.remove();
    },
  };
}
