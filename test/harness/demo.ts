// `tsx test/harness/demo.ts [--data-dir DIR] [--port N] [--latency-ms N]`: the sandbox and the harness together, for trying the UI by hand. Must not import electron.
import { parseArgs } from 'node:util';
import { describeSandbox } from '../sandbox/describe-sandbox';
import { parseIntegerOption } from '../sandbox/integer-option';
import { demoAccounts, startSandbox } from '../sandbox/server';
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { makeTempDir } from '../support/temp-dir';
import { seedFallingDemo } from './seed-falling-demo';
import { startHarness, type Harness } from './server';

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
  async function stopBoth(): Promise<void> {
    await Promise.all([harness.close(), sandbox.close()]);
    temporary?.remove();
  }
  const seeded = temporary === null ? null : await seedOrStop(harness, sandbox.baseUrl, stopBoth);
  process.stdout.write(
    [
      describeSandbox(sandbox.baseUrl, sandbox.accounts),
      '',
      `Open ${harness.url}`,
      `and paste ${sandbox.baseUrl} as each account's base URL.`,
      'To add by API key: Add account → "API key (recommended by Akool)", paste a clientSecret above as the key',
      '(e.g. demo-secret-active); then "Copy as x-api-key header" copies `x-api-key: <key>`.',
      seeded === null
        ? 'Existing data directory: no demo account was added (the falling-credit one is demo-falling).'
        : `Added "${seeded.label}" (demo-falling, by API key) and checked it ${seeded.checks} more times, ` +
          `moving the DEMO clock forward 3 h before each check (now ${seeded.hoursAhead} h ahead of real time), ` +
          'so its credit chart and forecast show at once.',
      `Data directory: ${dataDir}${temporary === null ? '' : ' (temporary, removed on exit)'}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void stopBoth().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Seeds the falling-credit account; on failure stops the servers and rethrows. */
async function seedOrStop(harness: Harness, baseUrl: string, stopBoth: () => Promise<void>) {
  const falling = statusDemoAccounts.find((account) => account.clientId === 'demo-falling');
  if (falling === undefined) throw new Error('the sandbox has no demo-falling account');
  try {
    return await seedFallingDemo(harness, baseUrl, falling);
  } catch (error: unknown) {
    await stopBoth();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
