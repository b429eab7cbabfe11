// `npm run sandbox`: runs the Akool sandbox until SIGINT/SIGTERM and prints the demo credentials. Must not import main/.
import { parseArgs } from 'node:util';
import { describeSandbox } from './describe-sandbox';
import { parseIntegerOption } from './integer-option';
import { demoAccounts, startSandbox } from './server';
import { statusDemoAccounts } from './status-demo-accounts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'latency-ms': { type: 'string' } },
    strict: true,
  });
  const sandbox = await startSandbox({
    port: parseIntegerOption(values.port, 'port'),
    latencyMs: parseIntegerOption(values['latency-ms'], 'latency-ms'),
    accounts: [...demoAccounts, ...statusDemoAccounts],
  });
  process.stdout.write(`${describeSandbox(sandbox.baseUrl, sandbox.accounts)}\n\nPress Ctrl+C to stop.\n`);
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
