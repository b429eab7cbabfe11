// The real vault runtime under Node (as the harness builds it, monitor not started) and typed calls through its dispatch. Must not import electron.
import { composeVault, type VaultRuntime } from '../../main/compose-vault';
import type { Logger } from '../../main/core/ports';
import { createAesGcmCipher, loadOrCreateKey } from '../../main/node/aes-gcm-cipher';
import { createMemoryClipboard } from '../../main/node/memory-clipboard';
import { openConfStore } from '../../main/node/open-conf-store';
import { markerFileName } from '../../main/node/conf-store';
import { systemClock } from '../../main/node/system-clock';
import { envelopeSchema, ipcChannel, type ChannelInput, type ChannelName, type ChannelOutput } from '../../preload/contract';
import { createMemoryNotifier } from '../../test/support/memory-notifier';

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function openVaultRuntime(dataDir: string): Promise<VaultRuntime> {
  return composeVault({
    cipher: createAesGcmCipher(loadOrCreateKey(dataDir)),
    store: openConfStore(dataDir),
    marker: openConfStore(dataDir, markerFileName),
    http: (url, init) => fetch(url, init),
    clock: systemClock,
    clipboard: createMemoryClipboard(),
    logger: silentLogger,
    notifier: createMemoryNotifier(),
  });
}

/** One channel through dispatch, as the renderer would call it; throws with the error code on a failure envelope. */
export async function callVault<K extends ChannelName>(
  runtime: VaultRuntime,
  name: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const envelope = envelopeSchema(name).parse(await runtime.dispatch(ipcChannel(name), input));
  if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.code}`);
  return envelope.data;
}
