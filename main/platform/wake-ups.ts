// Wakes the background monitor when the computer resumes from sleep and when the network comes back. Must not import core services.
import { net, powerMonitor } from 'electron';
import type { VaultRuntime } from '../compose-vault';
import { watchNetwork } from './network-watch';

/** How often net.isOnline() is read; the read is a cached flag, so this costs nothing measurable. */
const networkPollMs = 30_000;

/** Must run after app ready. Returns a function that stops both. */
export function wireWakeUps(runtime: Pick<VaultRuntime, 'wake'>): () => void {
  const onResume = (): void => runtime.wake('resume');
  powerMonitor.on('resume', onResume);
  const stopWatching = watchNetwork({
    isOnline: () => net.isOnline(),
    onBackOnline: () => runtime.wake('online'),
    intervalMs: networkPollMs,
  });
  return () => {
    powerMonitor.off('resume', onResume);
    stopWatching();
  };
}
