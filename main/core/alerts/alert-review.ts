// Reviews every account after a change: remembers in the vault which notifications were shown, then shows the new ones. Must not import electron.
import { toAccountView } from '../accounts/account-view';
import { decideAlerts } from './alert-policy';
import { initialLowCreditState, stepLowCredit, type LowCreditState } from './low-credit-policy';
import type { DocumentStore } from '../vault/document-store';
import type { AccountRecord, AlertMemory } from '../vault/vault-document';
import type { AlertNotification, Clock, Logger, Notifier } from '../ports';

interface Review {
  notifications: AlertNotification[];
  alerts: AlertMemory;
  lowCredit: LowCreditState;
}

/** What the record's notifications call for now; null when nothing is to be remembered anew. */
function reviewRecord(record: AccountRecord, now: number, globalThreshold: number | null): Review | null {
  const view = toAccountView(record, now, null, globalThreshold);
  const decision = decideAlerts(view, record.alerts, now);
  const lowCredit = record.lowCredit ?? initialLowCreditState;
  const step = stepLowCredit(lowCredit, view.credit, view.lowCreditThreshold);
  if (decision.memory === record.alerts && step.state.level === lowCredit.level) return null;
  const notifications = [...decision.notifications];
  if (step.notice !== null) {
    notifications.push({ title: step.notice.title, body: `${view.label}: ${step.notice.body}`, accountId: view.id });
  }
  return { notifications, alerts: decision.memory, lowCredit: step.state };
}

export function createAlertReview(deps: {
  documents: DocumentStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
}): () => void {
  const { documents, notifier, clock, logger } = deps;
  return () => {
    const now = clock.now();
    const changed = new Map<string, Review>();
    const { accounts, settings } = documents.current();
    for (const record of accounts) {
      const review = reviewRecord(record, now, settings.lowCreditThreshold);
      if (review !== null) changed.set(record.id, review);
    }
    if (changed.size === 0) return;
    try {
      documents.update((document) => ({
        ...document,
        accounts: document.accounts.map((record) => {
          const review = changed.get(record.id);
          return review === undefined ? record : { ...record, alerts: review.alerts, lowCredit: review.lowCredit };
        }),
      }));
    } catch {
      // Not remembered, so not shown either: the next change tries again rather than repeating after a restart.
      logger.warn('could not save which notifications were shown');
      return;
    }
    // With notifications off the transitions are still remembered, so turning them on later does not replay old news.
    if (!documents.current().settings.notifications) return;
    for (const notification of [...changed.values()].flatMap((review) => review.notifications)) {
      try {
        notifier.notify(notification);
      } catch {
        logger.warn('a notification could not be shown', { accountId: notification.accountId });
      }
    }
  };
}
