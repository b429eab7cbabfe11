// The fixed text of the desktop notice for a failed tray action, by error code only: server text never reaches notification history. Must not import electron.
import type { ErrorCode } from '../../../preload/contract';

export const failureNoticeTitle = 'akool-vault: the action failed';

const bodies: Record<ErrorCode, string> = {
  'invalid-input': 'akool-vault could not do that with this account.',
  'not-found': 'The account or its token is no longer in the vault.',
  'invalid-credentials': 'Akool rejected the client ID or secret. Open akool-vault to replace the secret.',
  banned: 'Akool reports this account as banned.',
  rejected: 'Akool refused the request. Open akool-vault for details.',
  unreachable: 'The Akool API could not be reached. Try again later.',
  'bad-response': 'The Akool API gave an answer akool-vault cannot use.',
  'protection-unavailable': 'The system keychain is not available, so nothing was stored.',
  'storage-failed': 'akool-vault could not save the vault file.',
  'record-changed': 'The account was changed outside akool-vault. Open akool-vault to check it.',
  'vault-rolled-back': 'The vault file is not the one akool-vault saved last, so nothing was sent. Open akool-vault for details.',
  'payment-overdue': 'Akool reports a payment pending or overdue for this account.',
  'out-of-credit': 'Akool reports not enough credit for this account.',
  'subscription-needed': 'Akool reports that this needs a subscription.',
  throttled: 'Akool asked to slow down. Try again in a moment.',
  internal: 'Something went wrong in akool-vault. Open it to try again.',
};

/** Our own sentence for `code`; the error's message (which may end in a server excerpt) is never used. */
export function failureNoticeBody(code: ErrorCode): string {
  return bodies[code];
}
