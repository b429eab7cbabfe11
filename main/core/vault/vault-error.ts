// The one error type core throws towards IPC: a closed code plus safe, user-facing text. Must not import electron.
import type { ErrorCode } from '../../../preload/contract';

export class VaultError extends Error {
  override readonly name = 'VaultError';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
