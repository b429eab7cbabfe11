// The `akool-vault` command line: picks the command from the table, runs it, and turns every failure into a message and an exit code.
import { posix, win32 } from 'node:path';
import { CommandFailure, connectToApp } from './app-connection';
import { UsageError, type Command } from './commands/command';
import { commands } from './commands/table';
import { appDataDir } from './data-dir';
import { exitCodes } from './exit-codes';
import type { CliIo } from './io';

export const mainUsage = 'usage: akool-vault <command> [options]   (akool-vault --help lists the commands)';

export function helpText(): string {
  const lines = commands.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return [
    'akool-vault: use your Akool accounts from scripts without holding their secrets.',
    '',
    'Commands:',
    ...lines,
    '',
    'A is an account label, id or unambiguous prefix. The app must be running; run, token and key wait for approval in its window.',
    '',
  ].join('\n');
}

async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  const dataDir = appDataDir({ platform: io.platform, env: io.env, homedir: io.homedir }, { posix, win32 });
  try {
    return await command.run(args, { io, connect: () => connectToApp(dataDir, io.readFile) });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`akool-vault ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return exitCodes.usage;
    }
    if (error instanceof CommandFailure) {
      io.stderr.write(`akool-vault ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`akool-vault ${command.name}: unexpected failure (${error instanceof Error ? error.name : typeof error}).\n`);
    return exitCodes.attention;
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr.write(`${name === undefined ? 'akool-vault: no command given' : `akool-vault: unknown command "${name}"`}\n${mainUsage}\n`);
    return exitCodes.usage;
  }
  const ownArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n  ${command.summary}\n`);
    return exitCodes.ok;
  }
  return runCommand(command, args, io);
}
