// The one place that turns a vault error code and message into user-facing text. Must not import React.
import type { ErrorCode, VaultErrorPayload } from '../../preload/contract';

const errorTitles: Record<ErrorCode, string> = {
  'invalid-input': 'Please check the form',
  'not-found': 'This account no longer exists',
  'invalid-credentials': 'Akool rejected the client ID or secret',
  banned: 'Akool has banned this account',
  'payment-overdue': 'Akool reports a payment overdue',
  'out-of-credit': 'Akool reports not enough credit',
  'subscription-needed': 'Akool says this needs a subscription',
  throttled: 'Akool asked to slow down',
  rejected: 'Akool refused the request',
  unreachable: 'Akool could not be reached',
  'bad-response': 'Akool sent a reply akool-vault does not understand',
  'protection-unavailable': 'Secrets cannot be stored safely',
  'storage-failed': 'The vault could not save its data',
  'record-changed': 'This account was changed outside akool-vault',
  'vault-rolled-back': 'The vault file is not the one akool-vault saved last',
  internal: 'Something went wrong',
};

/** "Akool rejected the client ID or secret": the code's title alone, for text that puts the message behind Details. */
export function errorTitle(code: ErrorCode): string {
  return errorTitles[code];
}

/** "Akool rejected the client ID or secret: <message> (invalid-credentials)". */
export function describeError(error: VaultErrorPayload): string {
  return `${errorTitles[error.code]}: ${error.message} (${error.code})`;
}
