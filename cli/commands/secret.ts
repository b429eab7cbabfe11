// `akool-vault token|key --account A [--reveal]`: after approval in the window, prints the fresh token or the key to stdout, like `gh auth token`.
import { confused, CommandFailure, expectMessage } from '../app-connection';
import { protocolVersion, type SecretKind } from '../contract';
import { exitCodes } from '../exit-codes';
import { waitingText } from '../waiting-text';
import { parseArgs } from 'node:util';
import { asUsage, refuseHiddenText, UsageError, type Command } from './command';

function secretCommand(which: SecretKind, summary: string): Command {
  return {
    name: which,
    usage: `akool-vault ${which} --account A [--reveal]`,
    summary,
    run: async (args, { io, connect }) => {
      const options = { account: { type: 'string', short: 'a' }, reveal: { type: 'boolean' } } as const;
      const { account, reveal } = asUsage(() => parseArgs({ args: [...args], options, strict: true })).values;
      if (account === undefined || account === '') throw new UsageError('--account is required');
      refuseHiddenText([account, io.cwd], '--account and the current folder');
      if (io.stdout.isTTY && reveal !== true) {
        throw new CommandFailure(
          `stdout is a terminal, where the ${which} would stay on screen and in scrollback: pipe it into a program, or add --reveal.`,
          exitCodes.usage,
        );
      }
      const channel = await connect();
      channel.send({ v: protocolVersion, type: 'secret', which, account, caller: { cwd: io.cwd, pid: io.pid, ppid: io.ppid } });
      let answer = await expectMessage(channel);
      if (answer.type === 'waiting') {
        io.stderr.write(waitingText);
        answer = await expectMessage(channel);
      }
      channel.end();
      if (answer.type !== 'secret') throw confused();
      io.stdout.write(`${answer.value}\n`);
      return exitCodes.ok;
    },
  };
}

export const tokenCommand = secretCommand('token', "Prints a fresh token (client-credentials accounts) after approval in the window.");
export const keyCommand = secretCommand('key', "Prints the account's API key after approval in the window.");
