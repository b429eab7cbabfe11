// Figure 6: opening the vault file and decrypting every stored secret, bytes on disk per account, against the raw file and crypto work. Must not import electron.
import { createDecipheriv } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDocumentStore } from '../../main/core/vault/document-store';
import { upgradeSeals } from '../../main/core/accounts/seal-upgrade';
import { guardSealing } from '../../main/core/vault/sealing-guard';
import { createAesGcmCipher, loadOrCreateKey } from '../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../main/node/open-conf-store';
import { markerFileName } from '../../main/node/conf-store';
import { openGenerationGuard } from '../../main/core/vault/generation-guard';
import { systemClock } from '../../main/node/system-clock';
import { compareRuns, type Figure } from './figure';
import { silentLogger } from './vault-runtime';

const runs = 15;

/**
 * The real start path: conf store, the generation marker checked against the file (generation-guard.ts), document
 * store (schema check), then every account's secret and token opened and their bindings checked.
 */
async function openAndDecrypt(dataDir: string): Promise<number> {
  const cipher = createAesGcmCipher(loadOrCreateKey(dataDir));
  const protection = await cipher.protection();
  const generations = await openGenerationGuard({
    store: openConfStore(dataDir),
    marker: openConfStore(dataDir, markerFileName),
    cipher,
    logger: silentLogger,
  });
  if (generations.lock !== null) throw new Error(`the seeded vault is locked: ${generations.lock.reason}`);
  const documents = guardSealing(openDocumentStore(generations.store, systemClock, silentLogger, generations), protection, cipher.judgeSeal);
  return (await upgradeSeals({ documents, cipher, clock: systemClock, protection }, silentLogger)).opened;
}

/** Every base64 ciphertext in the file's `secrets` map. */
function sealedValues(document: unknown): string[] {
  if (typeof document !== 'object' || document === null || !('secrets' in document)) return [];
  const { secrets } = document;
  if (typeof secrets !== 'object' || secrets === null) return [];
  return Object.values(secrets).flatMap((entries: unknown) =>
    typeof entries === 'object' && entries !== null ? Object.values(entries).filter((value) => typeof value === 'string') : [],
  );
}

/** The floor: read + JSON.parse + one AES-256-GCM decipher per ciphertext with node:crypto, nothing else. */
function rawOpenAndDecrypt(dataDir: string): number {
  const key = Buffer.from(readFileSync(join(dataDir, 'vault.key'), 'utf8').trim(), 'hex');
  const values = sealedValues(JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8')));
  for (const value of values) {
    const data = Buffer.from(value, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(1, 13));
    decipher.setAuthTag(data.subarray(13, 29));
    Buffer.concat([decipher.update(data.subarray(29)), decipher.final()]).toString('utf8');
  }
  return values.length;
}

export async function vaultOpen(dataDir: string, accounts: number): Promise<Figure[]> {
  const ours: number[] = [];
  const floor: number[] = [];
  const time = async (open: () => Promise<number> | number, into: number[]): Promise<void> => {
    const started = performance.now();
    const decrypted = await open();
    into.push(performance.now() - started);
    if (decrypted !== 2 * accounts) throw new Error(`decrypted ${decrypted} secrets, expected ${2 * accounts}`);
  };
  await time(() => openAndDecrypt(dataDir), []);
  await time(() => rawOpenAndDecrypt(dataDir), []);
  for (let run = 0; run < runs; run += 1) {
    const pair = [() => time(() => openAndDecrypt(dataDir), ours), () => time(() => rawOpenAndDecrypt(dataDir), floor)];
    for (const step of run % 2 === 0 ? pair : pair.reverse()) await step();
  }

  const fileBytes = statSync(join(dataDir, 'vault.json')).size;
  const sealedBytes = sealedValues(JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8'))).reduce(
    (sum, value) => sum + Buffer.from(value, 'base64').length,
    0,
  );
  return [
    compareRuns(
      {
        name: `vault open + decrypt, ${accounts} accounts`,
        unit: 'ms',
        target: '≤ 50 ms',
        note: 'conf store + generation marker check + document schema check + both secrets of every account decrypted and their bindings checked; floor: readFile + JSON.parse + node:crypto AES-GCM',
      },
      ours,
      floor,
    ),
    compareRuns(
      {
        name: 'vault bytes on disk per account',
        unit: 'B',
        target: '—',
        note: 'vault.json size / accounts; floor: the binary ciphertexts of the client secret and token alone',
      },
      [fileBytes / accounts],
      [sealedBytes / accounts],
    ),
  ];
}
