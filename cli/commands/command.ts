// What every command is: a name, a usage line, a summary for --help, and a run that returns the exit code. Imports its own files only.
import type { AppChannel } from '../app-connection';
import { isShownText } from '../contract';
import type { CliIo } from '../io';

export interface CommandContext {
  readonly io: CliIo;
  /** Connects to the app and proves the key; throws CommandFailure when it cannot. */
  readonly connect: () => Promise<AppChannel>;
}

export interface Command {
  readonly name: string;
  /** e.g. `akool-vault status [--json]` */
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** Bad arguments: the CLI prints the message and the command's usage line, and exits 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a strict parseArgs; its complaints (unknown option, missing value) become UsageErrors. */
export function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : 'bad arguments');
  }
}

/** Refuses, before the app is asked, text the approval dialog would show (`what` names it) that holds control or bidi characters. */
export function refuseHiddenText(texts: readonly string[], what: string): void {
  if (!texts.every(isShownText)) throw new UsageError(`${what} must not contain control or bidi characters: the window could not show them truthfully`);
}
