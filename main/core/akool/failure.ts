// Maps Akool client failures to user-facing errors and stored statuses, in one place. Must not import electron.
import type { AkoolFailure } from './client';
import type { LastResult } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';

/** akool-vault's own text for the failure: never server text, so it may be stored. */
export function failureMessage(failure: AkoolFailure): string {
  switch (failure.kind) {
    case 'invalid':
    case 'banned':
    case 'payment-overdue':
    case 'out-of-credit':
    case 'subscription-needed':
    case 'throttled':
    case 'rejected':
      return failure.message;
    case 'unreachable':
      return `Could not reach the Akool API: ${failure.detail}.`;
    case 'bad-response':
      return `The Akool API gave an answer akool-vault cannot use: ${failure.detail}.`;
  }
}

/** The scrubbed excerpt of what the server said, for display only; null when there is none. */
export function failureExcerpt(failure: AkoolFailure): string | null {
  return 'excerpt' in failure ? (failure.excerpt ?? null) : null;
}

/** Our text, then the excerpt (if any) as `Akool said: …`: what the window shows, never what is stored. */
export function withExcerpt(message: string, excerpt: string | null): string {
  return excerpt === null ? message : `${message} Akool said: ${excerpt}`;
}

/** The error a use case throws: our text plus the excerpt, held in memory only. */
export function failureToError(failure: AkoolFailure): VaultError {
  const codes = {
    invalid: 'invalid-credentials',
    banned: 'banned',
    'payment-overdue': 'payment-overdue',
    'out-of-credit': 'out-of-credit',
    'subscription-needed': 'subscription-needed',
    throttled: 'throttled',
    rejected: 'rejected',
    unreachable: 'unreachable',
    'bad-response': 'bad-response',
  } as const;
  return new VaultError(codes[failure.kind], withExcerpt(failureMessage(failure), failureExcerpt(failure)));
}

/** The stored result for a failure; null for a throttle, which never changes the status on its own. */
export function failureToResult(failure: AkoolFailure): LastResult | null {
  switch (failure.kind) {
    case 'throttled':
      return null;
    case 'invalid':
    case 'banned':
    case 'payment-overdue':
    case 'out-of-credit':
    case 'subscription-needed':
    case 'unreachable':
      return failure.kind;
    case 'rejected':
    case 'bad-response':
      return 'error';
  }
}
