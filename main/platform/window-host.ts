// Holds the one main window: creates it, shows and focuses it (from the tray, a notification or a second launch), hides it on close. Must not import electron values.
import { hideOnClose, type HideableWindow } from './close-to-tray';

/** What the host uses of a BrowserWindow; a real BrowserWindow fits. */
export interface HostedWindow extends HideableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface WindowHostOptions<W extends HostedWindow> {
  /** Builds a new main window; `show` false keeps it hidden once loaded. */
  create(show: boolean): W;
  isQuitting(): boolean;
  /** The keepInTray setting: false lets a closed window close. */
  keepInTray(): boolean;
  /** After the window was hidden instead of closed. */
  onHidden(): void;
}

export interface WindowHost<W extends HostedWindow> {
  /** The window, or null once it is destroyed. */
  current(): W | null;
  /** Creates the window at start; `show` false starts hidden in the tray. */
  open(show: boolean): void;
  /** Shows, restores and focuses the window, creating it again if it is gone. */
  reveal(): void;
}

export function createWindowHost<W extends HostedWindow>({
  create,
  isQuitting,
  keepInTray,
  onHidden,
}: WindowHostOptions<W>): WindowHost<W> {
  let window: W | null = null;
  const current = (): W | null => (window === null || window.isDestroyed() ? null : window);

  function open(show: boolean): void {
    const created = create(show);
    hideOnClose(created, { isQuitting, keepInTray, onHidden });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
  }

  return {
    current,
    open,
    reveal: () => {
      const shown = current();
      if (shown === null) {
        open(true);
        return;
      }
      if (shown.isMinimized()) shown.restore();
      shown.show();
      shown.focus();
    },
  };
}
