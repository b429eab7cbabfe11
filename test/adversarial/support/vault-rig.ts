// Test rig: the real composed vault runtime (AES-256-GCM cipher, conf file in a temp dir, Node fetch), plus readers for what it stored. Must not import electron.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { envelopeSchema, type ChannelInput, type ChannelName, type ChannelOutput, type Envelope } from '../../../preload/contract';
import { composeVault, type VaultRuntime } from '../../../main/compose-vault';
import type { KeyValueStore, Protection } from '../../../main/core/ports';
import { readEnvelope } from '../../../main/core/vault/seal-envelope';
import { vaultDocumentSchema, type VaultDocument } from '../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../main/node/aes-gcm-cipher';
import { createMemoryClipboard } from '../../../main/node/memory-clipboard';
import { openConfStore } from '../../../main/node/open-conf-store';
import { markerFileName } from '../../../main/node/conf-store';
import { systemClock } from '../../../main/node/system-clock';
import { createMemoryLogger } from '../../support/memory-logger';
import { createMemoryNotifier } from '../../support/memory-notifier';
import { makeTempDir } from '../../support/temp-dir';

export const strongProtection: Protection = { available: true, backend: 'gnome_libsecret', weak: false };
export const basicText: Protection = { available: true, backend: 'basic_text', weak: true };
export const noEncryption: Protection = { available: false, backend: 'unknown', weak: false };

export interface RigOptions {
  protection?: Protection;
  /** Reuse a data directory and key, as a restart would. */
  dataDir?: string;
  key?: Buffer;
  /** Keys the cipher used before a rotation: their seals still open, with shouldReEncrypt. */
  previousKeys?: readonly Buffer[];
  /** Wraps the real conf store, e.g. to make its writes fail. */
  wrapStore?: (store: KeyValueStore) => KeyValueStore;
}

export interface VaultRig {
  runtime: VaultRuntime;
  dataDir: string;
  key: Buffer;
  logLines: string[];
  /** Every desktop notification sent, as JSON text: for leak assertions. */
  notificationText(): string;
  clipboardText(): string;
  /** Dispatches through the real dispatcher, as after the user's click in the window, and parses the reply with the channel's own envelope schema. */
  call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Envelope<ChannelOutput<K>>>;
  /** Adds an account and returns its id; throws with the error code when the vault refused. */
  addAccount(baseUrl: string, clientSecret: string, label?: string): Promise<string>;
  vaultPath: string;
  /** The vault file's bytes, or null before the first write. */
  vaultBytes(): Buffer | null;
  /** The vault file parsed by the production schema. */
  document(): VaultDocument;
  /** Rewrites the vault file as another program running as the user could. */
  editFile(change: (document: VaultDocument) => VaultDocument): void;
  /** Every sealed secret, decrypted with the rig's key and taken out of its binding envelope: `service/account` → plain text. */
  openSecrets(): Promise<Record<string, string>>;
  /** Every file in the data directory, concatenated as latin1 text. */
  diskText(): string;
  /** A second runtime over the same directory and (unless given another) key, as after a restart. */
  reopen(options?: Omit<RigOptions, 'dataDir'>): Promise<VaultRig>;
  remove(): void;
}

export async function createVaultRig(options: RigOptions = {}): Promise<VaultRig> {
  const temp = options.dataDir === undefined ? makeTempDir('akool-vault-adversarial-') : null;
  const dataDir = options.dataDir ?? temp?.path ?? '';
  const key = options.key ?? randomBytes(32);
  const logger = createMemoryLogger();
  const clipboard = createMemoryClipboard();
  const notifier = createMemoryNotifier();
  const cipher = createAesGcmCipher(key, options.protection ?? strongProtection, { previousKeys: options.previousKeys ?? [] });
  const store = openConfStore(dataDir);
  const runtime = await composeVault({
    cipher,
    store: options.wrapStore?.(store) ?? store,
    marker: openConfStore(dataDir, markerFileName),
    http: (url, init) => fetch(url, init),
    clock: systemClock,
    clipboard,
    logger,
    notifier,
  });
  const vaultPath = join(dataDir, 'vault.json');
  // A call stands for the user acting in the window: their click reached it first, as Electron's 'input-event' reports.
  const call = async <K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Envelope<ChannelOutput<K>>> => {
    runtime.noteUserInput();
    return envelopeSchema(name).parse(await runtime.dispatch(`vault:${name}`, input));
  };
  const document = (): VaultDocument => vaultDocumentSchema.parse(JSON.parse(readFileSync(vaultPath, 'utf8')));
  return {
    runtime,
    dataDir,
    key,
    logLines: logger.lines,
    notificationText: () => JSON.stringify(notifier.sent),
    clipboardText: () => clipboard.text(),
    call,
    addAccount: async (baseUrl, clientSecret, label = 'Hostile') => {
      const reply = await call('addAccount', { label, clientId: `client-${randomBytes(4).toString('hex')}`, clientSecret, baseUrl });
      if (!reply.ok) throw new Error(`addAccount refused: ${reply.error.code}`);
      return reply.data.id;
    },
    vaultPath,
    vaultBytes: () => (existsSync(vaultPath) ? readFileSync(vaultPath) : null),
    document,
    editFile: (change) => writeFileSync(vaultPath, JSON.stringify(change(document()))),
    openSecrets: async () => {
      const opened: Record<string, string> = {};
      for (const [service, entries] of Object.entries(document().secrets)) {
        for (const [account, sealed] of Object.entries(entries)) {
          const { plainText } = await cipher.decrypt(Buffer.from(sealed, 'base64'));
          const envelope = readEnvelope(plainText);
          opened[`${service}/${account}`] = envelope.kind === 'bound' ? envelope.value : plainText;
        }
      }
      return opened;
    },
    diskText: () =>
      readdirSync(dataDir)
        .filter((name) => statSync(join(dataDir, name)).isFile())
        .map((name) => readFileSync(join(dataDir, name), 'latin1'))
        .join('\n'),
    reopen: (next = {}) => createVaultRig({ ...next, dataDir, key: next.key ?? key }),
    remove: () => temp?.remove(),
  };
}
