// `tsx test/harness/demo.ts [--data-dir DIR] [--port N] [--latency-ms N]`: the sandbox and the harness together, for trying the UI by hand. Must not import electron.
import { parseArgs } from 'node:util';
import { describeSandbox } from '../sandbox/describe-sandbox';
import { parseIntegerOption } from '../sandbox/integer-option';
import { demoAccounts, startSandbox } from '../sandbox/server';
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { makeTempDir } from '../support/temp-dir';
import { startHarness } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'latency-ms': { type: 'string' } },
    strict: true,
  });
  const temporary = values['data-dir'] === undefined ? makeTempDir('akool-vault-demo-') : null;
  const dataDir = values['data-dir'] ?? temporary?.path ?? '';
  const sandbox = await startSandbox({
    latencyMs: parseIntegerOption(values['latency-ms'], 'latency-ms'),
    accounts: [...demoAccounts, ...statusDemoAccounts],
  });
  const harness = await startHarness({
    baseUrl: sandbox.baseUrl,
    dataDir,
    port: parseIntegerOption(values.port, 'port'),
    onLogLine: (line) => process.stdout.write(`${line}\n`),
  }).catch(async (error: unknown) => {
    await sandbox.close();
    temporary?.remove();
    throw error;
  });
  process.stdout.write(
    [
      describeSandbox(sandbox.baseUrl, sandbox.accounts),
      '',
      `Open ${harness.url}`,
      `and paste ${sandbox.baseUrl} as each account's base URL.`,
      `Data directory: ${dataDir}${temporary === null ? '' : ' (temporary, removed on exit)'}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void Promise.all([harness.close(), sandbox.close()]).then(() => {
      temporary?.remove();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
