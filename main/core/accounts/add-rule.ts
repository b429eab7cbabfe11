// The one rule for adding either kind: what a failed first answer from Akool means for storing the credential. Must not import electron.
import type { AkoolFailure } from '../akool/outcome';
import { failureExcerpt, failureMessage, failureToError } from '../akool/failure';
import type { AccountRecord } from '../vault/vault-document';

/** A failure of the first check that still stores the credential: its status, and the server excerpt to show (in memory only). */
export type StoredOnFailure = { status: AccountRecord['status']; excerpt: string | null };

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
        status: { result: failure.kind, problem: failureMessage(failure), credit: null, checkedAt },
        excerpt: failureExcerpt(failure),
      };
    default:
      throw failureToError(failure);
  }
}
