// Runs the built `akool-vault` (out/cli/akool-vault.mjs) as its own process, as a script or terminal would, and collects what it printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const builtCliPath = resolve('out/cli/akool-vault.mjs');

export interface BuiltCliRun {
  readonly process: ChildProcess;
  /** Everything printed on stdout so far (the child's output too: it inherits the CLI's stdout). */
  stdout(): string;
  stderr(): string;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export function runBuiltCli(
  argv: readonly string[],
  options: { dataDir: string; cwd?: string; env?: Record<string, string>; cliPath?: string },
): BuiltCliRun {
  const child = spawn(process.execPath, [options.cliPath ?? builtCliPath, ...argv], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env, AKOOL_VAULT_DATA_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolveDone) => {
    child.once('close', (code) => resolveDone({ code, stdout, stderr }));
  });
  return { process: child, stdout: () => stdout, stderr: () => stderr, done };
}
