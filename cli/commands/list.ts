// `akool-vault list [--json]`: labels, kinds, ids and fingerprints; never a secret.
import { confused, expectMessage } from '../app-connection';
import { protocolVersion } from '../contract';
import { exitCodes } from '../exit-codes';
import { formatTable } from '../table-text';
import { parseArgs } from 'node:util';
import { asUsage, type Command } from './command';

export const listCommand: Command = {
  name: 'list',
  usage: 'akool-vault list [--json]',
  summary: 'Labels, kinds, ids and fingerprints of the accounts.',
  run: async (args, { io, connect }) => {
    const { json } = asUsage(() => parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, strict: true })).values;
    const channel = await connect();
    channel.send({ v: protocolVersion, type: 'list' });
    const answer = await expectMessage(channel);
    channel.end();
    if (answer.type !== 'list') throw confused();
    if (json === true) io.stdout.write(`${JSON.stringify(answer.accounts, null, 2)}\n`);
    else if (answer.accounts.length === 0) io.stdout.write('No accounts.\n');
    else {
      const rows = answer.accounts.map((account) => [account.label, account.kind, account.id, account.fingerprint ?? '-']);
      io.stdout.write(formatTable(['ACCOUNT', 'KIND', 'ID', 'FINGERPRINT'], rows));
    }
    return exitCodes.ok;
  },
};
