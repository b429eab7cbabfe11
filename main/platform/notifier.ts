// Notifier port over Electron's Notification (a click opens the account), and one-off notices about the app itself. Must not import core services.
import { Notification } from 'electron';
import type { Notifier } from '../core/ports';

/** Electron drops click handlers of notifications that were garbage-collected, so the latest few stay referenced. */
const keptNotifications = 20;

/** A notification about the app itself, e.g. that it keeps running in the tray; nothing happens on a click. */
export function showAppNotice(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body }).show();
}

export function createElectronNotifier(onClick: (accountId: string | null) => void): Notifier {
  const kept: Notification[] = [];
  return {
    notify: ({ title, body, accountId }) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', () => onClick(accountId));
      kept.push(notification);
      if (kept.length > keptNotifications) kept.shift();
      notification.show();
    },
  };
}
