// The command table: one entry per command, in the order --help lists them. A new command is one file and one line here.
import type { Command } from './command';
import { keyCommand, tokenCommand } from './secret';
import { listCommand } from './list';
import { runCommand } from './run';
import { scanCommand } from './scan';
import { statusCommand } from './status';

export const commands: readonly Command[] = [statusCommand, listCommand, runCommand, tokenCommand, keyCommand, scanCommand];
