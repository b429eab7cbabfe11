// `npm run harness -- --base-url URL --data-dir DIR [--port N] [--weak-protection]`: serves the real vault and renderer until SIGINT/SIGTERM. Must not import electron.
import { parseArgs } from 'node:util';
import { parseIntegerOption } from '../sandbox/integer-option';
import { startHarness } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      /** Plays Linux without a keyring (basic_text): seals carry the weak `v10` marker and the opt-in is needed. */
      'weak-protection': { type: 'boolean' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (dataDir === undefined) throw new Error('--data-dir DIR is required: the vault key and file are kept there.');
  const harness = await startHarness({
    baseUrl: values['base-url'],
    dataDir,
    port: parseIntegerOption(values.port, 'port'),
    rendererDir: values['renderer-dir'],
    ...(values['weak-protection'] === true ? { protection: { available: true, backend: 'basic_text', weak: true } } : {}),
    onLogLine: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(
    [
      'akool-vault harness is running.',
      `  Open this URL:      ${harness.url}`,
      `  Suggested base URL: ${harness.suggestedBaseUrl ?? '(none given; use --base-url)'}`,
      `  Data directory:     ${dataDir}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void harness.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
