// Keeps the app in the tray: closing the window hides it unless the app is quitting or the user turned keeping it off, and says so once. Must not import electron values.

interface PreventableEvent {
  preventDefault(): void;
}

/** What this uses of a BrowserWindow; a real BrowserWindow fits. */
export interface HideableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  hide(): void;
}

export interface CloseToTrayOptions {
  /** True once the app is quitting (tray Quit, Cmd+Q, system shutdown): the window then really closes. */
  isQuitting(): boolean;
  /** The keepInTray setting, read at each close: false lets the window close (and the app quit). */
  keepInTray(): boolean;
  /** Called after each hide, e.g. to show the one-time "still running in the tray" hint. */
  onHidden(): void;
}

export function hideOnClose(window: HideableWindow, { isQuitting, keepInTray, onHidden }: CloseToTrayOptions): void {
  window.on('close', (event) => {
    if (isQuitting() || !keepInTray()) return;
    event.preventDefault();
    window.hide();
    onHidden();
  });
}
