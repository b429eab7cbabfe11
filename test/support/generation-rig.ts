// In-memory vault and marker stores for the generation guard's tests, recording the order of their writes, and a logger whose lines read back as objects.
import type { Cipher, KeyValueStore } from '../../main/core/ports';
import { openDocumentStore } from '../../main/core/vault/document-store';
import { openGenerationGuard } from '../../main/core/vault/generation-guard';
import { sealSecret, withSecret } from '../../main/core/vault/secret-vault';
import type { VaultDocument } from '../../main/core/vault/vault-document';
import { createFakeClock } from './fake-clock';
import { createMemoryLogger } from './memory-logger';
import { createMemoryStore } from './memory-store';

export type MemoryStore = ReturnType<typeof createMemoryStore>;
/** `order`: each write as `vault`, `marker:pending` or `marker:committed`, in the order they landed. */
export type GenerationStores = { vault: MemoryStore; marker: MemoryStore; order: string[] };

export function generationStores(initial: Record<string, unknown> = {}): GenerationStores {
  const order: string[] = [];
  const logged = (name: string, store: MemoryStore): MemoryStore =>
    Object.assign(store, {
      write: ((write: KeyValueStore['write']) => (document: Record<string, unknown>) => {
        write(document);
        order.push(name === 'marker' ? `marker:${document['committed'] === true ? 'committed' : 'pending'}` : 'vault');
      })(store.write.bind(store)),
    });
  return { vault: logged('vault', createMemoryStore(initial)), marker: logged('marker', createMemoryStore()), order };
}

export const openGuard = (s: GenerationStores, cipher: Cipher, logger = createMemoryLogger()) =>
  openGenerationGuard({ store: s.vault, marker: s.marker, cipher, logger });

/** The guard and the document store the app opens over it. */
export async function openGuardedDocuments(s: GenerationStores, cipher: Cipher, logger = createMemoryLogger()) {
  const opened = await openGuard(s, cipher, logger);
  return { lock: opened.lock, guard: opened, documents: openDocumentStore(opened.store, createFakeClock(), createMemoryLogger(), opened) };
}

export async function withSeal(cipher: Cipher, document: VaultDocument, value: string): Promise<VaultDocument> {
  return withSecret(document, 'akool-vault/client-secret', 'account', await sealSecret(cipher, value));
}

/** One logged line: its level, message and fields. */
export type LogEntry = { level: string; message: string } & Record<string, unknown>;

export const logEntries = (logger: { lines: string[] }): LogEntry[] => logger.lines.map((line) => JSON.parse(line) as LogEntry);
