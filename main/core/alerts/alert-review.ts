// Reviews every account after a change: remembers in the vault which notifications were shown, then shows the new ones. Must not import electron.
import { toAccountView } from '../accounts/account-view';
import { decideAlerts, type AlertDecision } from './alert-policy';
import type { DocumentStore } from '../vault/document-store';
import type { Clock, Logger, Notifier } from '../ports';

export function createAlertReview(deps: {
  documents: DocumentStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
}): () => void {
  const { documents, notifier, clock, logger } = deps;
  return () => {
    const now = clock.now();
    const changed = new Map<string, AlertDecision>();
    for (const record of documents.current().accounts) {
      const decision = decideAlerts(toAccountView(record, now), record.alerts, now);
      if (decision.memory !== record.alerts) changed.set(record.id, decision);
    }
    if (changed.size === 0) return;
    try {
      documents.update((document) => ({
        ...document,
        accounts: document.accounts.map((record) => {
          const decision = changed.get(record.id);
          return decision === undefined ? record : { ...record, alerts: decision.memory };
        }),
      }));
    } catch {
      // Not remembered, so not shown either: the next change tries again rather than repeating after a restart.
      logger.warn('could not save which notifications were shown');
      return;
    }
    // With notifications off the transitions are still remembered, so turning them on later does not replay old news.
    if (!documents.current().settings.notifications) return;
    for (const notification of [...changed.values()].flatMap((decision) => decision.notifications)) {
      try {
        notifier.notify(notification);
      } catch {
        logger.warn('a notification could not be shown', { accountId: notification.accountId });
      }
    }
  };
}
