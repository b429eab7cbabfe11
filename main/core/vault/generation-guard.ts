// Keeps an older vault file from being used again: every write gets the next generation and is announced by the sealed marker first; at open, a file the marker does not vouch for locks the vault. Must not import electron.
import type { Cipher, KeyValueStore, Logger } from '../ports';
import { markerContent, newMarkerKey, openMarker, stateDigest, type MarkerBody, type MarkerKey } from './generation-marker';
import { judgeGeneration, type FileFacts, type GenerationVerdict, type RollbackReason } from './generation-verdict';
import { anySealOpens, createSealDigests, holdsSealFromMarkerTimes } from './stored-seals';
import { vaultDocumentSchema } from './vault-document';

/** Set when the vault file on disk is not the one akool-vault wrote last: it is read only, and nothing is sent. */
export interface VaultLock {
  readonly reason: RollbackReason;
}

/** Whatever knows, at each moment, whether the vault is locked. */
export interface LockSource {
  readonly lock: VaultLock | null;
}

export interface GenerationGuard extends LockSource {
  /** The vault file's store for the document store: every write stamps the generation and goes through the marker. */
  readonly store: KeyValueStore;
  /**
   * The person's "Accept this vault file": the file on disk becomes the current one, written once more with the next
   * generation under a marker that vouches for it, and the lock is lifted. Throws when the file cannot be read as a vault.
   */
  accept(): void;
}

export interface GenerationGuardPorts {
  readonly store: KeyValueStore;
  /** The marker file, beside the vault file. */
  readonly marker: KeyValueStore;
  readonly cipher: Cipher;
  readonly logger: Logger;
}

type RawRead = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false };

function readRaw(store: KeyValueStore): RawRead {
  try {
    return { ok: true, value: store.read() };
  } catch {
    return { ok: false };
  }
}

function factsOf(raw: RawRead, sealDigests: (document: Record<string, unknown>) => string[]): FileFacts {
  if (!raw.ok) return { kind: 'unreadable' };
  if (Object.keys(raw.value).length === 0) return { kind: 'empty' };
  const parsed = vaultDocumentSchema.shape.generation.safeParse(raw.value['generation']);
  // A generation the schema refuses makes the file unreadable: the document store moves it aside, and it opens nothing.
  if (!parsed.success) return { kind: 'unreadable' };
  const generation = parsed.data ?? null;
  const seals = sealDigests(raw.value);
  return { kind: 'document', generation, seals, digest: stateDigest(generation ?? 0, seals) };
}

/**
 * Judges the vault file against its marker before anything else reads it (generation-verdict.ts). A file the marker
 * does not vouch for locks the vault only when one of its seals opens: when none does (a new keyring, say), it can send
 * nothing, and a new marker is made. Writes at open only to migrate, commit, re-key or re-seal the marker's key.
 */
export async function openGenerationGuard(ports: GenerationGuardPorts): Promise<GenerationGuard> {
  const { store, marker, cipher, logger } = ports;
  const sealDigests = createSealDigests();
  let raw = readRaw(store);
  const facts = factsOf(raw, sealDigests);
  const markerRead = readRaw(marker);
  const opened = markerRead.ok && Object.keys(markerRead.value).length > 0 ? await openMarker(cipher, markerRead.value) : null;
  const judged = judgeGeneration(facts, opened === null ? { kind: 'missing' } : opened.ok ? { kind: 'valid', body: opened.body } : { kind: 'unusable' });
  // Deleting the marker and the file's generation field does not make a file from before markers.
  const verdict: GenerationVerdict =
    judged.kind === 'migrate' && raw.ok && (await holdsSealFromMarkerTimes(cipher, raw.value)) ? { kind: 'problem', reason: 'marker-missing', strangers: null } : judged;
  let lock: VaultLock | null = null;
  if (verdict.kind === 'problem' && (raw.ok && (await anySealOpens(cipher, raw.value, verdict.strangers)))) {
    logger.warn('vault file not the one last written: read only, nothing is sent', { reason: verdict.reason });
    lock = { reason: verdict.reason };
  }
  // A marker that is missing or unusable gets a new key: the next write makes a new marker with it.
  const key: MarkerKey = opened?.ok === true ? opened.key : await newMarkerKey(cipher);
  const markerGeneration = opened?.ok === true ? opened.body.generation : 0;
  let generation = Math.max(facts.kind === 'document' ? (facts.generation ?? 0) : 0, markerGeneration);
  let lastDigest = facts.kind === 'document' ? facts.digest : null;

  const write = (document: Record<string, unknown>): void => {
    // A locked file stays as it is on disk: what the user stored is never written over without their word.
    if (lock !== null) throw new Error('the vault is locked: the file on disk is not the one last written');
    const next = { ...document, generation: generation + 1 };
    const body: MarkerBody = { generation: generation + 1, committed: false, previous: lastDigest, seals: sealDigests(next) };
    // Marker first: a crash before the vault write leaves the previous file, which the marker names as `previous`.
    marker.write(markerContent(key, body));
    store.write(next);
    raw = { ok: false };
    generation += 1;
    lastDigest = stateDigest(body.generation, body.seals);
    // Committed: from now on, the file the marker replaced counts as rolled back, not as a crash.
    try {
      marker.write(markerContent(key, { ...body, committed: true }));
    } catch {
      logger.warn('generation marker not committed; the next write commits it', {});
    }
  };

  const guarded: GenerationGuard = {
    get lock() {
      return lock;
    },
    store: {
      path: store.path,
      // The document store's first read gets the file as the guard judged it, instead of reading and parsing it again.
      read: () => {
        const first = raw;
        raw = { ok: false };
        return first.ok ? first.value : store.read();
      },
      moveAside: (suffix) => {
        if (lock !== null) throw new Error('the vault is locked: its file stays where it is');
        return store.moveAside(suffix);
      },
      write,
    },
    accept: () => {
      const held = lock;
      if (held === null) return;
      const current = readRaw(store);
      const facts = factsOf(current, sealDigests);
      if (!current.ok || facts.kind !== 'document' || !vaultDocumentSchema.safeParse(current.value).success) {
        throw new Error('the vault file cannot be read as a vault, so it cannot be accepted');
      }
      generation = Math.max(generation, facts.generation ?? 0);
      lastDigest = facts.digest;
      lock = null;
      try {
        write(current.value);
      } catch (error) {
        lock = held;
        throw error;
      }
      logger.warn('vault file accepted by the person: the marker vouches for it now', { reason: held.reason, generation });
    },
  };
  if (lock !== null) return guarded;
  if (verdict.kind === 'problem') {
    // Nothing suspect in the file opens, so it can send nothing: the next write's marker vouches for it.
    logger.warn('vault file not vouched for, but none of its seals opens: it is used, and the next write makes a new marker', { reason: verdict.reason });
  }
  try {
    // The first start of this version: the file gets its generation and marker in one write (a file the schema refuses is
    // left as it is, for the document store to move aside untouched).
    if (verdict.kind === 'migrate' && raw.ok && vaultDocumentSchema.safeParse(raw.value).success) {
      write(raw.value);
      logger.info('generation marker made', { generation });
    } else if (opened?.ok === true && (verdict.kind === 'crash-after' || opened.resealed)) {
      // Commits only a write that landed: after a crash before the vault write, the marker stays uncommitted.
      const committed = opened.body.committed || verdict.kind === 'crash-after';
      marker.write(markerContent(key, { ...opened.body, committed }));
    }
  } catch {
    logger.warn('generation marker could not be written now; the next write tries again', {});
  }
  return guarded;
}
