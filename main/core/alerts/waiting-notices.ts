// Notifies once per request that waits for the person (a command approval, a scan import) while the window is hidden. Must not import electron.
import type { AlertNotification, Notifier } from '../ports';

/** Called with every list of waiting requests; notifies about the ones not listed before, unless the window is visible. */
export function noticeWhileHidden<T>(
  idOf: (request: T) => string,
  notice: (request: T) => AlertNotification,
  deps: { notifier: Notifier; windowVisible?: () => boolean },
): (waiting: readonly T[]) => void {
  let announced = new Set<string>();
  return (waiting) => {
    const fresh = waiting.filter((request) => !announced.has(idOf(request)));
    announced = new Set(waiting.map(idOf));
    if (fresh.length > 0 && deps.windowVisible?.() !== true) fresh.forEach((request) => deps.notifier.notify(notice(request)));
  };
}
