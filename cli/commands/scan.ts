// `akool-vault scan`: listed so --help shows every command; its scanner ships in a later build.
import { CommandFailure } from '../app-connection';
import { exitCodes } from '../exit-codes';
import type { Command } from './command';

export const scanCommand: Command = {
  name: 'scan',
  usage: 'akool-vault scan [PATH…]',
  summary: 'Finds Akool secrets written into files (not in this build yet).',
  run: async () => {
    throw new CommandFailure('akool-vault scan is not in this build yet.', exitCodes.unavailable);
  },
};
