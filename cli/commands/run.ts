// `akool-vault run --account A [--env-file F] [--env] [--allow-origin URL]… -- CMD ARGS…`: runs CMD with a grant while it lives; exits with its code.
import { constants } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { CommandFailure, confused, expectMessage, type AppChannel } from '../app-connection';
import { protocolVersion, type RunMode, type RunSummary } from '../contract';
import { EnvFileError, parseEnvFile, type EnvFile } from '../env-file';
import { exitCodes } from '../exit-codes';
import type { CliIo } from '../io';
import { runSummaryLine } from '../run-summary-text';
import { waitingText } from '../waiting-text';
import { parseArgs } from 'node:util';
import { asUsage, refuseHiddenText, UsageError, type Command } from './command';

const stoppedText = 'akool-vault: the run was stopped in the window; its grant no longer works.\n';
const lostText = 'akool-vault: the connection to the app was lost; the grant no longer works.\n';
/** How long the app may take to read the credit again once the child exited. */
const summaryWaitMs = 30_000;
/** Passed on to the child. SIGINT is not: from a terminal the child's process group gets it already. */
const forwardedSignals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

type ChildExit = { code: number | null; signal: NodeJS.Signals | null; failed: boolean };

function readEnvFile(io: CliIo, path: string | undefined): EnvFile {
  if (path === undefined) return { plain: {}, references: [] };
  try {
    return parseEnvFile(io.readFile(path));
  } catch (error) {
    const why = error instanceof EnvFileError ? error.message : 'it cannot be read';
    throw new CommandFailure(`--env-file ${path}: ${why}.`, exitCodes.usage);
  }
}

/** Reads the app's messages while the child runs; resolves with the summary, or null when the connection ends first. */
async function followApp(channel: AppChannel, io: CliIo, onStopped: () => void, childDone: () => boolean): Promise<RunSummary | null> {
  for (;;) {
    const received = await channel.receive();
    if (received.kind !== 'message') {
      if (!childDone()) io.stderr.write(lostText);
      return null;
    }
    const message = received.message;
    if (message.type === 'run-summary') return message.summary;
    if (message.type === 'run-stopped') {
      io.stderr.write(stoppedText);
      onStopped();
    }
    if (message.type === 'error') return null;
  }
}

function waitForExit(child: ChildProcess): Promise<ChildExit> {
  return new Promise((resolve) => {
    child.once('error', () => resolve({ code: null, signal: null, failed: true }));
    child.once('exit', (code, signal) => resolve({ code, signal, failed: false }));
  });
}

function exitCodeOf(exit: ChildExit): number {
  if (exit.failed) return exitCodes.cannotStart;
  if (exit.code !== null) return exit.code;
  return 128 + (exit.signal === null ? 0 : constants.signals[exit.signal]);
}

const within = <T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);

export const runCommand: Command = {
  name: 'run',
  usage: 'akool-vault run --account A [--env-file F] [--env] [--allow-origin URL]… -- CMD ARGS…',
  summary:
    'Runs CMD with AKOOL_BASE_URL, AKOOL_API_KEY and AKOOL_TOKEN pointing at a local proxy that holds the real key (--env: the real values), after approval in the window. Exits with its code.',
  run: async (args, { io, connect }) => {
    const split = args.indexOf('--');
    if (split === -1) throw new UsageError('put -- before the command to run');
    const command = args.slice(split + 1);
    const [program, ...programArgs] = command;
    if (program === undefined) throw new UsageError('no command after --');
    const options = {
      account: { type: 'string', short: 'a' },
      env: { type: 'boolean' },
      'env-file': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
    } as const;
    const { values } = asUsage(() => parseArgs({ args: args.slice(0, split), options, strict: true }));
    if (values.account === undefined || values.account === '') throw new UsageError('--account is required');
    refuseHiddenText([values.account, ...command, io.cwd, ...(values['allow-origin'] ?? [])], '--account, the command, the current folder and --allow-origin');
    const mode: RunMode = values.env === true ? 'env' : 'proxy';
    const envFile = readEnvFile(io, values['env-file']);
    const channel = await connect();
    channel.send({
      v: protocolVersion,
      type: 'run',
      account: values.account,
      mode,
      command: [...command],
      references: [...envFile.references],
      allowOrigins: values['allow-origin'] ?? [],
      caller: { cwd: io.cwd, pid: io.pid, ppid: io.ppid },
    });
    let answer = await expectMessage(channel);
    if (answer.type === 'waiting') {
      io.stderr.write(waitingText);
      answer = await expectMessage(channel);
    }
    if (answer.type !== 'run-granted') {
      channel.end();
      throw confused();
    }
    const child = io.spawn(program, programArgs, { stdio: 'inherit', env: { ...io.env, ...envFile.plain, ...answer.env } });
    const exited = waitForExit(child);
    let done = false;
    const stopForwarding = forwardedSignals.map((signal) => io.onSignal(signal, () => child.kill(signal)));
    const summary = followApp(channel, io, () => (mode === 'env' ? child.kill('SIGTERM') : undefined), () => done);
    const exit = await exited;
    done = true;
    stopForwarding.forEach((stop) => stop());
    if (exit.failed) io.stderr.write(`akool-vault: could not start ${program}.\n`);
    channel.send({ v: protocolVersion, type: 'run-ended', exitCode: exit.code, signal: exit.signal });
    const ended = await within(summary, summaryWaitMs, null);
    channel.end();
    if (ended !== null) io.stderr.write(runSummaryLine(ended));
    return exitCodeOf(exit);
  },
};
