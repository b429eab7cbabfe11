// Turns Electron's polled online flag into a "network is back" callback: Electron's main process has no online event. Must not import electron.

export interface NetworkWatchOptions {
  /** Electron's net.isOnline(): a flag Chromium keeps from the OS's network-change notifications; reading it costs no I/O. */
  isOnline(): boolean;
  /** Called once per offline → online transition. */
  onBackOnline(): void;
  intervalMs: number;
}

/** Reads the flag every `intervalMs`; returns a function that stops watching. */
export function watchNetwork({ isOnline, onBackOnline, intervalMs }: NetworkWatchOptions): () => void {
  let online = isOnline();
  const timer = setInterval(() => {
    const now = isOnline();
    if (now && !online) onBackOnline();
    online = now;
  }, intervalMs);
  return () => clearInterval(timer);
}
