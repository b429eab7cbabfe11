// Proves the generation guard at its edges: what its log says (the reason, never a secret), a marker write that fails, accepting a file with a higher generation, a deleted vault file or one with a refused generation, and a restart that writes nothing.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Cipher, KeyValueStore } from '../../../../main/core/ports';
import { openMarker } from '../../../../main/core/vault/generation-marker';
import { emptyVaultDocument } from '../../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import {
  generationStores,
  logEntries,
  openGuard,
  openGuardedDocuments,
  withSeal,
  type GenerationStores,
} from '../../../support/generation-rig';
import { createMemoryLogger } from '../../../support/memory-logger';

const secret = `canary-${randomBytes(12).toString('hex')}`;

/** A vault written twice through the guard (generation 2) holding one seal of `secret` the cipher opens. */
async function sealedVault(cipher: Cipher): Promise<GenerationStores> {
  const s = generationStores();
  const first = await openGuardedDocuments(s, cipher);
  first.documents.update(() => ({ ...emptyVaultDocument }));
  const sealed = await withSeal(cipher, first.documents.current(), secret);
  first.documents.update(() => sealed);
  return s;
}

/** That vault with its marker deleted, opened: locked, reason `marker-missing`. */
async function openedWithoutMarker(cipher: Cipher) {
  const s = await sealedVault(cipher);
  s.marker.write({});
  const logger = createMemoryLogger();
  return { s, logger, locked: await openGuard(s, cipher, logger) };
}

describe('generation guard: what it logs', () => {
  it('a locked open logs one warning: the file is not the last one written, the reason, and no secret or seal', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const { s, logger, locked } = await openedWithoutMarker(cipher);
    expect(locked.lock).toEqual({ reason: 'marker-missing' });
    expect(logEntries(logger)).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/not the one last written: read only, nothing is sent/), reason: 'marker-missing' }),
    ]);
    const seals = Object.values(s.vault.read()['secrets'] as Record<string, Record<string, string>>).flatMap(Object.values);
    for (const text of [secret, ...seals]) expect(logger.lines.join('\n')).not.toContain(text);
  });

  it('an unvouched file none of whose seals opens (a new keyring) is used, and the warning says so with the reason', async () => {
    const s = await sealedVault(createAesGcmCipher(randomBytes(32)));
    const logger = createMemoryLogger();
    expect((await openGuard(s, createAesGcmCipher(randomBytes(32)), logger)).lock).toBeNull();
    expect(logEntries(logger)).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/none of its seals opens: it is used/), reason: 'marker-unreadable' }),
    ]);
  });

  it('a restart on the file last written, and a first start without any file, log nothing and write nothing', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    for (const s of [await sealedVault(cipher), generationStores()]) {
      s.order.length = 0;
      const logger = createMemoryLogger();
      expect((await openGuard(s, cipher, logger)).lock).toBeNull();
      expect(logger.lines).toEqual([]);
      expect(s.order).toEqual([]);
    }
  });

  it('the first-start migration logs the generation it made', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = generationStores(await withSeal(cipher, { ...emptyVaultDocument }, secret));
    const logger = createMemoryLogger();
    await openGuard(s, cipher, logger);
    expect(logEntries(logger)).toEqual([expect.objectContaining({ level: 'info', message: expect.stringMatching(/marker made/), generation: 1 })]);
  });
});

describe('generation guard: writes that fail', () => {
  it('a commit that cannot be written keeps the vault write and says so; the next open commits it', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = generationStores();
    const logger = createMemoryLogger();
    const { documents } = await openGuardedDocuments(s, cipher, logger);
    const write = s.marker.write;
    s.marker.write = (document) => {
      if (document['committed'] === true) throw new Error('disk full');
      write(document);
    };
    documents.update((document) => ({ ...document, closeHintShown: true }));
    expect(s.vault.read()).toMatchObject({ closeHintShown: true, generation: 1 });
    expect(logEntries(logger)).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringMatching(/not committed; the next write commits it/) })]);
    s.marker.write = write;
    expect((await openGuard(s, cipher)).lock).toBeNull();
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 1, committed: true } });
  });

  it('accepting while the marker cannot be written throws, keeps the lock and leaves the file as it was', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const { s, locked } = await openedWithoutMarker(cipher);
    const before = s.vault.read();
    s.marker.failWrites = true;
    expect(() => locked.accept()).toThrow('disk full');
    expect(locked.lock).toEqual({ reason: 'marker-missing' });
    expect(s.vault.read()).toEqual(before);
  });
});

describe('generation guard: the file on disk', () => {
  it('accepting a file put there with a higher generation than the guard knew writes the generation after it, and logs the reason', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const { s, logger, locked } = await openedWithoutMarker(cipher);
    s.vault.write({ ...s.vault.read(), generation: 7 });
    locked.accept();
    expect(s.vault.read()['generation']).toBe(8);
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 8, committed: true } });
    expect(logEntries(logger).at(-1)).toEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/accepted by the person/), reason: 'marker-missing', generation: 8 }),
    );
  });

  it('a deleted vault file with its marker left opens empty, unlocked and unlogged, and the next write names no previous file', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = await sealedVault(cipher);
    s.vault.write({});
    const logger = createMemoryLogger();
    const { lock, documents } = await openGuardedDocuments(s, cipher, logger);
    expect(lock).toBeNull();
    expect(logger.lines).toEqual([]);
    documents.update((document) => ({ ...document, closeHintShown: true }));
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 3, previous: null } });
  });

  it('a file whose generation the schema refuses is not judged as older: unlocked, the document store moves it aside', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = await sealedVault(cipher);
    s.vault.write({ ...s.vault.read(), generation: 'two' });
    const { lock, documents } = await openGuardedDocuments(s, cipher);
    expect(lock).toBeNull();
    expect(documents.notice).toMatch(/unreadable \(it does not match the expected format\) and was moved aside/);
  });

  it('reads the file again after its first read, which gets the file as judged', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = await sealedVault(cipher);
    const judged = s.vault.read();
    const { store }: { store: KeyValueStore } = await openGuard(s, cipher);
    s.vault.write({ ...judged, closeHintShown: true });
    expect(store.read()).toEqual(judged);
    expect(store.read()).toEqual({ ...judged, closeHintShown: true });
  });

  it('a restart keeps the marker\'s key: the next write is vouched for under the key sealed before', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = await sealedVault(cipher);
    const sealedKey = s.marker.read()['key'];
    const { documents } = await openGuardedDocuments(s, cipher);
    documents.update((document) => ({ ...document, closeHintShown: true }));
    expect(s.marker.read()).toMatchObject({ key: sealedKey, generation: 3 });
  });
});
