// What a command may touch of its process: output streams, environment, folder, ids and child processes; tests pass their own. Imports node:child_process types only.
import type { ChildProcess, SpawnOptions } from 'node:child_process';

export interface CliIo {
  readonly stdout: { write(text: string): void; readonly isTTY: boolean };
  readonly stderr: { write(text: string): void };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly pid: number;
  readonly ppid: number;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly spawn: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
  /** Listens to a signal sent to this process; returns a function that stops listening. */
  readonly onSignal: (signal: NodeJS.Signals, listener: () => void) => () => void;
  readonly readFile: (path: string) => string;
}
