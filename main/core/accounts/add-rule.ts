// The one rule for adding either kind: what a failed first answer from Akool means for storing the credential. Must not import electron.
import type { AkoolFailure } from '../akool/outcome';
import { failureExcerpt, failureMessage, failureToError, withExcerpt } from '../akool/failure';
import type { AccountRecord } from '../vault/vault-document';
import type { RecentProblem } from './excerpt-memory';
import { problemCodeOf } from './problem-text';

/** A failure of the first check that still stores the credential: its status (our problem code only), and our full message with the server excerpt (in memory only). */
export type StoredOnFailure = { status: AccountRecord['status']; excerpt: RecentProblem };

/**
 * Store or refuse after a failed first check. Akool recognised the account (1200 banned, 1103 payment overdue,
 * 1006/1104 out of credit, 1213/1221 subscription needed): stored with that status. Anything else (1101, 1102, 1109,
 * the network, a throttle, an unusable answer): its clear error is thrown and nothing is stored; the window offers
 * "Save without checking" for the network case (addAccount's `skipCheck`).
 */
export function storeOrRefuse(failure: AkoolFailure, checkedAt: number): StoredOnFailure {
  switch (failure.kind) {
    case 'banned':
    case 'payment-overdue':
    case 'out-of-credit':
    case 'subscription-needed':
      return {
        status: { result: failure.kind, problem: problemCodeOf(failure), credit: null, checkedAt },
        excerpt: { code: problemCodeOf(failure), text: withExcerpt(failureMessage(failure), failureExcerpt(failure)) },
      };
    default:
      throw failureToError(failure);
  }
}
