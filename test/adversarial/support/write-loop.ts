// Child process for crash and two-writer tests: the real vault runtime renames one account again and again, acknowledging each completed write on stdout. Must not import electron.
import { existsSync, writeSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { composeVault } from '../../../main/compose-vault';
import { createAesGcmCipher } from '../../../main/node/aes-gcm-cipher';
import { createConsoleLogger } from '../../../main/node/console-logger';
import { createMemoryClipboard } from '../../../main/node/memory-clipboard';
import { openConfStore } from '../../../main/node/open-conf-store';
import { markerFileName } from '../../../main/node/conf-store';
import { systemClock } from '../../../main/node/system-clock';

/** Written with writeSync so an acknowledged write is on the pipe before the next one starts. */
const say = (line: string): void => void writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [dataDir = '', keyHex = '', accountId = '', prefix = '', countText = '0', gate = ''] = process.argv.slice(2);
  const runtime = await composeVault({
    cipher: createAesGcmCipher(Buffer.from(keyHex, 'hex')),
    store: openConfStore(dataDir),
    marker: openConfStore(dataDir, markerFileName),
    http: () => Promise.reject(new Error('this child never goes online')),
    clock: systemClock,
    clipboard: createMemoryClipboard(),
    logger: createConsoleLogger(() => undefined),
    notifier: { notify: () => undefined },
  });
  say('ready');
  // With a gate, writing starts once that file exists: after every writer has opened the vault, since an open that
  // reads the vault file and then the marker while another process writes both would judge a file it did not write.
  while (gate !== '' && !existsSync(gate)) await delay(5);
  for (let index = 1; index <= Number(countText); index += 1) {
    const reply: unknown = await runtime.dispatch('vault:renameAccount', { id: accountId, label: `${prefix}-${index}` });
    if (typeof reply !== 'object' || reply === null || Reflect.get(reply, 'ok') !== true) {
      say(`failed ${JSON.stringify(reply)}`);
      process.exit(1);
    }
    say(`ack ${index}`);
  }
  say('done');
}

main().catch((error: unknown) => {
  say(`failed ${error instanceof Error ? error.name : 'unknown'}`);
  process.exit(1);
});
