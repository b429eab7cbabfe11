// Holds the vault document in memory and writes it whole; never resets an unreadable file. Must not import electron.
import type { Clock, KeyValueStore, Logger, TimerHandle } from '../ports';
import type { LockSource, VaultLock } from './generation-guard';
import { rollbackText } from './rollback-text';
import { emptyVaultDocument, vaultDocumentSchema, type VaultDocument } from './vault-document';
import { VaultError } from './vault-error';

export interface DocumentStore {
  current(): VaultDocument;
  /** Writes the document `change` returns; on failure throws `storage-failed` and keeps the old one. */
  update(change: (document: VaultDocument) => VaultDocument): VaultDocument;
  /**
   * For results that are cheap to lose in a crash (a check's outcome): changes only account records, validates the
   * records it changed, and writes with the next update or flush, or `recordWriteDelayMs` later at the latest, so a
   * check of a thousand accounts costs a few whole-file writes instead of a thousand. Other changes go through update.
   */
  record(change: (document: VaultDocument) => VaultDocument): VaultDocument;
  /** Writes recorded changes now, if any are pending. Never throws: a failed write is logged and tried again later. */
  flush(): void;
  /** A report for the user about what happened at open time, or null. */
  readonly notice: string | null;
  /** Set when the file is not the one akool-vault saved last (generation-guard.ts): nothing is written, nothing is sent. */
  readonly lock: VaultLock | null;
}

export const recordWriteDelayMs = 1000;
/** A failing deferred write is retried with doubling delays up to this, so a read-only disk doesn't flood the log. */
export const maxRetryDelayMs = 5 * 60 * 1000;
const recordSchema = vaultDocumentSchema.shape.accounts.element;

type Loaded = { document: VaultDocument; notice: string | null; writable: boolean };

/** A locked file is read as it is and never moved aside; writes wait for the lock to go (openDocumentStore). */
function loadLocked(store: KeyValueStore, lock: VaultLock): Loaded {
  let document = emptyVaultDocument;
  try {
    const parsed = vaultDocumentSchema.safeParse(store.read());
    if (parsed.success) document = parsed.data;
  } catch {
    // Shown empty: the file stays where it is.
  }
  return { document, notice: rollbackText(lock.reason), writable: true };
}

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

const unlocked: LockSource = { lock: null };

/**
 * `locks` says whether the file is the one akool-vault saved last (generation-guard.ts): while it is not, the store
 * reads it as it is and refuses every change with `vault-rolled-back`; once the person accepted it, it works as usual.
 */
export function openDocumentStore(store: KeyValueStore, clock: Clock, logger: Logger, locks: LockSource = unlocked): DocumentStore {
  const lockedAtOpen = locks.lock;
  const loaded = lockedAtOpen === null ? load(store, clock, logger) : loadLocked(store, lockedAtOpen);
  let document = loaded.document;
  let pendingWrite: TimerHandle | null = null;
  let retryDelayMs = recordWriteDelayMs;
  const assertWritable = (): void => {
    const { lock } = locks;
    if (lock !== null) throw new VaultError('vault-rolled-back', rollbackText(lock.reason));
    if (!loaded.writable) {
      throw new VaultError('storage-failed', 'The vault file is unreadable; nothing can be saved until it is fixed or moved.');
    }
  };
  const cancelPendingWrite = (): void => {
    if (pendingWrite !== null) clock.clearTimeout(pendingWrite);
    pendingWrite = null;
  };
  const flush = (): void => {
    if (pendingWrite === null) return;
    cancelPendingWrite();
    try {
      store.write(document);
      retryDelayMs = recordWriteDelayMs;
    } catch {
      logger.error('vault file write failed', { path: store.path, retryInMs: retryDelayMs });
      pendingWrite = clock.setTimeout(flush, retryDelayMs);
      retryDelayMs = Math.min(retryDelayMs * 2, maxRetryDelayMs);
    }
  };
  const update = (change: (document: VaultDocument) => VaultDocument): VaultDocument => {
    assertWritable();
    const next = vaultDocumentSchema.parse(change(document));
    try {
      store.write(next);
    } catch {
      logger.error('vault file write failed', { path: store.path });
      throw new VaultError('storage-failed', `Could not save the vault file ${store.path}; nothing was changed.`);
    }
    cancelPendingWrite();
    document = next;
    return next;
  };
  return {
    get notice() {
      const { lock } = locks;
      if (lock !== null) return rollbackText(lock.reason);
      return lockedAtOpen === null ? loaded.notice : null;
    },
    get lock() {
      return locks.lock;
    },
    current: () => document,
    update,
    record: (change) => {
      assertWritable();
      const next = change(document);
      const { accounts: _accounts, ...rest } = next;
      const onlyAccounts =
        Object.keys(next).length === Object.keys(document).length &&
        Object.entries(rest).every(([key, value]) => Object.is(value, Reflect.get(document, key)));
      if (!onlyAccounts) return update(() => next);
      const known = new Set(document.accounts);
      document = { ...next, accounts: next.accounts.map((account) => (known.has(account) ? account : recordSchema.parse(account))) };
      pendingWrite ??= clock.setTimeout(flush, recordWriteDelayMs);
      return document;
    },
    flush,
  };
}
