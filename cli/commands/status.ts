// `akool-vault status [--json]`: every account with its status, credit and expiry; exit 0 all good, 1 attention, 2 alert, 3 app not running.
import { expectMessage, confused } from '../app-connection';
import { protocolVersion, type StatusAccount, type StatusLevel } from '../contract';
import { exitCodes } from '../exit-codes';
import { formatTable } from '../table-text';
import { parseArgs } from 'node:util';
import { asUsage, type Command } from './command';

const exitFor: Readonly<Record<StatusLevel, number>> = { ok: exitCodes.ok, attention: exitCodes.attention, alert: exitCodes.alert };

const row = (account: StatusAccount): string[] => [
  account.label,
  account.status,
  account.credit === null ? '-' : String(account.credit),
  account.expiresAt === null ? '-' : account.expiresAt.slice(0, 10),
  account.level,
];

export const statusCommand: Command = {
  name: 'status',
  usage: 'akool-vault status [--json]',
  summary: 'Every account with its status, credit and expiry. Exit 0 all good, 1 attention, 2 alert, 3 app not running.',
  run: async (args, { io, connect }) => {
    const { json } = asUsage(() => parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, strict: true })).values;
    const channel = await connect();
    channel.send({ v: protocolVersion, type: 'status' });
    const answer = await expectMessage(channel);
    channel.end();
    if (answer.type !== 'status') throw confused();
    if (json === true) io.stdout.write(`${JSON.stringify({ level: answer.level, accounts: answer.accounts }, null, 2)}\n`);
    else if (answer.accounts.length === 0) io.stdout.write('No accounts.\n');
    else io.stdout.write(formatTable(['ACCOUNT', 'STATUS', 'CREDIT', 'EXPIRES', 'LEVEL'], answer.accounts.map(row)));
    return exitFor[answer.level];
  },
};
