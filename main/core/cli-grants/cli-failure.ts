// The one error the command-line use cases throw: a code of the CLI contract and an optional detail line. Must not import electron.
import type { CliErrorCode } from '../../../cli/contract';

export class CliFailure extends Error {
  override readonly name = 'CliFailure';

  constructor(
    readonly code: CliErrorCode,
    readonly detail: string | null = null,
  ) {
    super(code);
  }
}
