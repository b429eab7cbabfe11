// Maps Akool client failures to user-facing errors and stored statuses, in one place. Must not import electron.
import type { AkoolFailure } from './akool-client';
import type { LastResult } from './vault-document';
import { VaultError } from './vault-error';

export function failureMessage(failure: AkoolFailure): string {
  switch (failure.kind) {
    case 'invalid':
    case 'banned':
    case 'rejected':
      return failure.message;
    case 'unreachable':
      return `Could not reach the Akool API: ${failure.detail}.`;
    case 'bad-response':
      return `The Akool API gave an answer akool-vault cannot use: ${failure.detail}.`;
  }
}

export function failureToError(failure: AkoolFailure): VaultError {
  const codes = {
    invalid: 'invalid-credentials',
    banned: 'banned',
    rejected: 'rejected',
    unreachable: 'unreachable',
    'bad-response': 'bad-response',
  } as const;
  return new VaultError(codes[failure.kind], failureMessage(failure));
}

export function failureToResult(failure: AkoolFailure): LastResult {
  switch (failure.kind) {
    case 'invalid':
    case 'banned':
    case 'unreachable':
      return failure.kind;
    case 'rejected':
    case 'bad-response':
      return 'error';
  }
}
