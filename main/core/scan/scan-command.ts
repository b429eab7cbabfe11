// `akool-vault scan …` as main answers it for the CLI channel: arguments in, printed text and exit code out (0 none, 1 found, 64 usage). No node:*.
import { VaultError } from '../vault/vault-error';
import { parseScanArgs, type ScanRequest } from './scan-request';
import type { ScanRun } from './scan-service';

export const exitCodes = { clean: 0, found: 1, usage: 64 } as const;

export interface ScanCommandOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 64;
}

/**
 * Parses the arguments after `scan` (DIR relative to the caller's cwd through `resolveDir`), runs the scan, and
 * answers what the CLI prints: the table, JSON or SARIF on stdout; notes and advice on stderr. A folder that does not
 * exist or a refused base URL is bad usage (64), like an unknown option.
 */
export async function scanCommand(
  args: readonly string[],
  resolveDir: (dir: string) => string,
  run: (request: ScanRequest) => Promise<ScanRun>,
): Promise<ScanCommandOutcome> {
  const parsed = parseScanArgs(args, resolveDir);
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n`, exitCode: exitCodes.usage };
  try {
    const result = await run(parsed.request);
    return { stdout: result.output, stderr: result.notes.map((note) => `${note}\n`).join(''), exitCode: result.exitCode };
  } catch (error) {
    if (error instanceof VaultError && error.code === 'invalid-input') return { stdout: '', stderr: `${error.message}\n`, exitCode: exitCodes.usage };
    throw error;
  }
}
