// Holds the vault document in memory and writes it whole; never resets an unreadable file. Must not import electron.
import type { Clock, KeyValueStore, Logger } from './ports';
import { emptyVaultDocument, vaultDocumentSchema, type VaultDocument } from './vault-document';
import { VaultError } from './vault-error';

export interface DocumentStore {
  current(): VaultDocument;
  /** Writes the document `change` returns; on failure throws `storage-failed` and keeps the old one. */
  update(change: (document: VaultDocument) => VaultDocument): VaultDocument;
  /** A report for the user about what happened at open time, or null. */
  readonly notice: string | null;
}

type Loaded = { document: VaultDocument; notice: string | null; writable: boolean };

function load(store: KeyValueStore, clock: Clock, logger: Logger): Loaded {
  let problem: string;
  try {
    const raw = store.read();
    if (Object.keys(raw).length === 0) return { document: emptyVaultDocument, notice: null, writable: true };
    const parsed = vaultDocumentSchema.safeParse(raw);
    if (parsed.success) return { document: parsed.data, notice: null, writable: true };
    problem = 'it does not match the expected format';
  } catch {
    problem = 'it could not be read as JSON';
  }
  const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
  try {
    const movedTo = store.moveAside(`corrupt-${stamp}`);
    logger.warn('vault file moved aside', { problem });
    return {
      document: emptyVaultDocument,
      notice: `The vault file was unreadable (${problem}) and was moved aside to ${movedTo}. Nothing in it was deleted.`,
      writable: true,
    };
  } catch {
    logger.error('vault file unreadable and could not be moved aside', { problem });
    return {
      document: emptyVaultDocument,
      notice: `The vault file ${store.path} is unreadable (${problem}) and could not be moved aside. akool-vault will not change it; fix or move it, then restart.`,
      writable: false,
    };
  }
}

export function openDocumentStore(store: KeyValueStore, clock: Clock, logger: Logger): DocumentStore {
  const loaded = load(store, clock, logger);
  let document = loaded.document;
  return {
    notice: loaded.notice,
    current: () => document,
    update: (change) => {
      if (!loaded.writable) {
        throw new VaultError('storage-failed', 'The vault file is unreadable; nothing can be saved until it is fixed or moved.');
      }
      const next = vaultDocumentSchema.parse(change(document));
      try {
        store.write(next);
      } catch {
        logger.error('vault file write failed', { path: store.path });
        throw new VaultError('storage-failed', `Could not save the vault file ${store.path}; nothing was changed.`);
      }
      document = next;
      return next;
    },
  };
}
