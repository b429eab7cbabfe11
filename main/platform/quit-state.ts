// Knows when the app is quitting, so a window close then really closes: app quit, system shutdown (macOS, Linux) or session end (Windows). Must not import core services.
import { app, powerMonitor } from 'electron';

/** Must run before app ready for before-quit; powerMonitor is used only once the app is ready. */
export function trackQuitting(): () => boolean {
  let quitting = false;
  const markQuitting = (): void => {
    quitting = true;
  };
  app.on('before-quit', markQuitting);
  app.on('browser-window-created', (_event, window) => window.on('session-end', markQuitting));
  void app.whenReady().then(() => powerMonitor.on('shutdown', markQuitting));
  return () => quitting;
}
