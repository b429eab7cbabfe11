// The executable: runs the CLI with this process's streams, environment and signals, then exits with its code.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { runCli } from './main';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true },
  stderr: { write: (text) => process.stderr.write(text) },
  env: process.env,
  cwd: process.cwd(),
  pid: process.pid,
  ppid: process.ppid,
  platform: process.platform,
  homedir: homedir(),
  spawn: (command, args, options) => spawn(command, args, options),
  onSignal: (signal, listener) => {
    process.on(signal, listener);
    return () => process.off(signal, listener);
  },
  readFile: (path) => readFileSync(path, 'utf8'),
});
process.exitCode = exitCode;
