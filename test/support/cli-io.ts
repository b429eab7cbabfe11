// Runs the akool-vault CLI in this process with captured stdout and stderr, a chosen environment and real child processes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { CliIo } from '../../cli/io';
import { runCli } from '../../cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCall {
  env?: Record<string, string | undefined>;
  /** As when stdout is a terminal. */
  tty?: boolean;
  cwd?: string;
}

export async function runCliCaptured(argv: readonly string[], call: CliCall = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text), isTTY: call.tty === true },
    stderr: { write: (text) => void (stderr += text) },
    env: call.env ?? process.env,
    cwd: call.cwd ?? process.cwd(),
    pid: process.pid,
    ppid: process.ppid,
    platform: process.platform,
    homedir: homedir(),
    // The child's output is piped and kept, so a test can search it too.
    spawn: (command, args, options) => {
      const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
      child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
      return child;
    },
    onSignal: () => () => undefined,
    readFile: (path) => readFileSync(path, 'utf8'),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
