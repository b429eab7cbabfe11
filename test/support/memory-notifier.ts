// A Notifier that keeps every notification in memory, for the harness and tests.
import type { AlertNotification, Notifier } from '../../main/core/ports';

export function createMemoryNotifier(): Notifier & { sent: AlertNotification[] } {
  const sent: AlertNotification[] = [];
  return { sent, notify: (notification) => void sent.push(notification) };
}
