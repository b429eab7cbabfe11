// Proves the generation guard: marker first, then the vault file, then the commit; a first start migrates in one write; an older file, a deleted or damaged marker lock the vault read only, unless nothing in the file opens.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openGenerationGuard } from '../../../../main/core/vault/generation-guard';
import { markerContent, openMarker } from '../../../../main/core/vault/generation-marker';
import type { KeyValueStore } from '../../../../main/core/ports';
import { envelopeText } from '../../../../main/core/vault/seal-envelope';
import { sealSecret } from '../../../../main/core/vault/secret-vault';
import { emptyVaultDocument } from '../../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import {
  generationStores as stores,
  logEntries,
  openGuard as guard,
  openGuardedDocuments as documents,
  withSeal,
  type MemoryStore,
} from '../../../support/generation-rig';
import { createMemoryLogger } from '../../../support/memory-logger';

describe('generation guard', () => {
  it('starts without a marker on an empty vault, and writes marker, vault file, commit in that order', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const { lock, documents: store } = await documents(s, cipher);
    expect(lock).toBeNull();
    expect(s.order).toEqual([]);
    store.update((document) => ({ ...document, closeHintShown: true }));
    store.update((document) => ({ ...document, closeHintShown: false }));
    expect(s.order).toEqual(['marker:pending', 'vault', 'marker:committed', 'marker:pending', 'vault', 'marker:committed']);
    expect(s.vault.read()['generation']).toBe(2);
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 2, committed: true } });
  });

  it('migrates a file from before generations in one write at the first start, and then holds it', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores(await withSeal(cipher, { ...emptyVaultDocument }, 'secret'));
    expect((await guard(s, cipher)).lock).toBeNull();
    expect(s.order).toEqual(['marker:pending', 'vault', 'marker:committed']);
    expect(s.vault.read()['generation']).toBe(1);
    expect((await guard(s, cipher)).lock).toBeNull();
    expect(s.vault.writes).toBe(1);
  });

  it('locks an older file put back: read only, nothing written, the file kept as it was', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument, secrets: {} }));
    const sealed = await withSeal(cipher, first.documents.current(), 'old secret');
    first.documents.update(() => sealed);
    const old = s.vault.read();
    first.documents.update((document) => ({ ...document, secrets: {} }));
    s.vault.write(old);
    const writes = s.vault.writes;
    const again = await documents(s, cipher);
    expect(again.lock).toEqual({ reason: 'rolled-back' });
    expect(again.documents.notice).toMatch(/older than the last one akool-vault saved.*sends nothing/);
    expect(again.documents.current().secrets).toEqual(sealed.secrets);
    expect(() => again.documents.update((document) => document)).toThrow(expect.objectContaining({ code: 'vault-rolled-back' }));
    expect(() => again.documents.record((document) => document)).toThrow(expect.objectContaining({ code: 'vault-rolled-back' }));
    again.documents.flush();
    expect(s.vault.writes).toBe(writes);
    expect(s.vault.read()).toEqual(old);
  });

  it.each([
    ['deleted', (marker: MemoryStore) => marker.write({}), 'marker-missing'],
    ['replaced by garbage', (marker: MemoryStore) => marker.write({ v: 1, generation: 99 }), 'marker-unreadable'],
  ] as const)('locks a vault whose marker was %s while a seal in the file opens', async (_name, change, reason) => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const sealed = await withSeal(cipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    change(s.marker);
    expect((await guard(s, cipher)).lock).toEqual({ reason });
  });

  it('does not lock when nothing in the file opens (a new keyring): the next write makes a marker the new cipher opens', async () => {
    const oldCipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, oldCipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const sealed = await withSeal(oldCipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    const newCipher = createAesGcmCipher(randomBytes(32));
    const again = await documents(s, newCipher);
    expect(again.lock).toBeNull();
    again.documents.update((document) => ({ ...document, secrets: {} }));
    expect(await openMarker(newCipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 3 } });
  });

  it('a marker that cannot be written stops the vault write: the file stays as it was', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const { documents: store } = await documents(s, cipher);
    store.update((document) => ({ ...document, closeHintShown: true }));
    const before = s.vault.read();
    s.marker.failWrites = true;
    expect(() => store.update((document) => ({ ...document, closeHintShown: false }))).toThrow(expect.objectContaining({ code: 'storage-failed' }));
    expect(s.vault.read()).toEqual(before);
  });

  it('commits at open a marker whose vault write landed before a crash', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const { documents: store } = await documents(s, cipher);
    store.update((document) => ({ ...document, closeHintShown: true }));
    const committed = s.marker.read();
    // Put back the pending marker of that write: the crash came after the vault write and before the commit.
    const opened = await openMarker(cipher, committed);
    if (!opened.ok) throw new Error('marker did not open');
    s.marker.write(markerContent(opened.key, { ...opened.body, committed: false }));
    expect((await guard(s, cipher)).lock).toBeNull();
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 1, committed: true } });
  });

  it('seals the marker key again after a key rotation, so the old key can go', async () => {
    const oldKey = randomBytes(32);
    const s = stores();
    const { documents: store } = await documents(s, createAesGcmCipher(oldKey));
    store.update(() => ({ ...emptyVaultDocument }));
    const newKey = randomBytes(32);
    expect((await guard(s, createAesGcmCipher(newKey, undefined, { previousKeys: [oldKey] }))).lock).toBeNull();
    expect(await openMarker(createAesGcmCipher(newKey), s.marker.read())).toMatchObject({ ok: true, body: { generation: 1 } });
  });
  it('does not take a file with a seal from marker times for a first start: deleting the marker and the generation field locks', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const binding = { accountId: 'account', kind: 'akool-vault/client-secret', baseUrl: 'https://openapi.akool.com', clientId: 'c' };
    const s = stores(await withSeal(cipher, { ...emptyVaultDocument }, envelopeText(binding, 'secret')));
    expect((await guard(s, cipher)).lock).toEqual({ reason: 'marker-missing' });
    expect(s.order).toEqual([]);
  });
  it('accepts a locked file when the person says so: one write with the next generation under a marker that vouches for it', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const sealed = await withSeal(cipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    s.marker.write({});
    const locked = await documents(s, cipher);
    expect(locked.lock).toEqual({ reason: 'marker-missing' });
    s.order.length = 0;
    locked.guard.accept();
    expect(locked.guard.lock).toBeNull();
    expect(locked.documents.lock).toBeNull();
    expect(locked.documents.notice).toBeNull();
    expect(s.order).toEqual(['marker:pending', 'vault', 'marker:committed']);
    expect(s.vault.read()['generation']).toBe(3);
    locked.documents.update((document) => ({ ...document, closeHintShown: true }));
    expect((await guard(s, cipher)).lock).toBeNull();
  });

  it('refuses to accept a locked file the schema refuses, and keeps the lock and the file', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const sealed = await withSeal(cipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    const broken = { ...s.vault.read(), generation: 1, version: 9 };
    s.vault.write(broken);
    const locked = await documents(s, cipher);
    expect(locked.lock).toEqual({ reason: 'rolled-back' });
    expect(() => locked.guard.accept()).toThrow(/cannot be accepted/);
    expect(locked.guard.lock).toEqual({ reason: 'rolled-back' });
    expect(s.vault.read()).toEqual(broken);
  });
  it('a crash before the vault write stays a crash when the marker key is sealed again: a write that never landed is not committed', async () => {
    const oldKey = randomBytes(32);
    const oldCipher = createAesGcmCipher(oldKey);
    const s = stores();
    const first = await documents(s, oldCipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const sealed = await withSeal(oldCipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    s.vault.failWrites = true;
    expect(() => first.documents.update((document) => ({ ...document, closeHintShown: true }))).toThrow();
    s.vault.failWrites = false;
    const newKey = randomBytes(32);
    expect((await guard(s, createAesGcmCipher(newKey, undefined, { previousKeys: [oldKey] }))).lock).toBeNull();
    expect(await openMarker(createAesGcmCipher(newKey, undefined, { previousKeys: [oldKey] }), s.marker.read())).toMatchObject({
      ok: true,
      body: { generation: 3, committed: false },
    });
    expect((await guard(s, createAesGcmCipher(newKey, undefined, { previousKeys: [oldKey] }))).lock).toBeNull();
  });
  it('a crash in the middle of the first-start migration locks nothing: the file is vouched for, and the next write numbers it', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const binding = { accountId: 'account', kind: 'akool-vault/client-secret', baseUrl: 'https://openapi.akool.com', clientId: 'c' };
    const before = await withSeal(cipher, { ...emptyVaultDocument }, JSON.stringify({ v: 2, ...binding }));
    const s = stores(before);
    s.vault.failWrites = true;
    const logger = createMemoryLogger();
    expect((await guard(s, cipher, logger)).lock).toBeNull();
    expect(await openMarker(cipher, s.marker.read())).toMatchObject({ ok: true, body: { generation: 1, committed: false } });
    expect(logEntries(logger)).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/could not be written now; the next write tries again/) }),
    ]);
    s.vault.failWrites = false;
    const again = await documents(s, cipher);
    expect(again.lock).toBeNull();
    again.documents.update((document) => ({ ...document, closeHintShown: true }));
    expect(s.vault.read()['generation']).toBe(2);
  });
  it.each([
    ['no secrets', {}],
    ['secrets null', { secrets: null }],
    ['secrets a string', { secrets: 'x' }],
    ['a service that is null', { secrets: { 'akool-vault/token': null } }],
    ['seals that are not strings', { secrets: { 'akool-vault/token': { a: 1, b: null, c: { d: 'e' } } } }],
  ])('a vault file with %s (another program\'s doing) is judged without a crash, and locks nothing: nothing in it opens', async (_name, change) => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    first.documents.update((document) => ({ ...document, closeHintShown: true }));
    const { secrets: _secrets, ...rest } = s.vault.read();
    s.vault.write({ ...rest, generation: 1, ...change });
    expect((await guard(s, cipher)).lock).toBeNull();
  });

  it('at the current generation, judges only the seals the last write did not hold: one that opens locks, a damaged one does not', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    first.documents.update(() => ({ ...emptyVaultDocument }));
    const known = await sealSecret(cipher, 'known');
    first.documents.update(() => ({ ...emptyVaultDocument, secrets: { 'akool-vault/token': { a: known } } }));
    const current = s.vault.read();
    const withStranger = (stranger: string) => ({ ...current, secrets: { 'akool-vault/token': { a: known, b: stranger } } });
    s.vault.write(withStranger(Buffer.from('not a ciphertext of this key at all').toString('base64')));
    expect((await guard(s, cipher)).lock).toBeNull();
    s.vault.write(withStranger(await sealSecret(cipher, 'older')));
    expect((await guard(s, cipher)).lock).toEqual({ reason: 'rolled-back' });
  });
  const binding = { accountId: 'account', kind: 'akool-vault/client-secret', baseUrl: 'https://openapi.akool.com', clientId: 'c' };
  /** A bound envelope as versions before the marker sealed it (version 2). */
  const versionTwo = (value: string): string => {
    const { accountId, kind, baseUrl, clientId } = binding;
    const digest = createHash('sha256').update(JSON.stringify([2, accountId, kind, baseUrl, clientId, value]), 'utf8').digest('hex');
    return JSON.stringify({ v: 2, accountId, kind, baseUrl, clientId, value, digest });
  };

  it('migrates a file of bound version-2 seals without a marker (the first start of this version), and the document store reads it numbered', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores(await withSeal(cipher, { ...emptyVaultDocument }, versionTwo('secret')));
    const { lock, documents: store } = await documents(s, cipher);
    expect(lock).toBeNull();
    expect(store.current().generation).toBe(1);
    expect(Object.keys(store.current().secrets)).toEqual(['akool-vault/client-secret']);
  });

  it('opens the file it wrote last, with version-3 seals, unlocked at every restart', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    const sealed = await withSeal(cipher, first.documents.current(), envelopeText(binding, 'secret'));
    first.documents.update(() => sealed);
    for (let restart = 0; restart < 2; restart += 1) expect((await guard(s, cipher)).lock).toBeNull();
    expect(s.vault.writes).toBe(1);
  });

  it('reads a marker that cannot be read as missing, and a vault file that cannot be read as nothing to judge', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    const sealed = await withSeal(cipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    const unreadable = (store: KeyValueStore): KeyValueStore => ({
      ...store,
      read: () => {
        throw new SyntaxError('Unexpected token');
      },
    });
    expect((await openGenerationGuard({ store: s.vault, marker: unreadable(s.marker), cipher, logger: createMemoryLogger() })).lock).toEqual({
      reason: 'marker-missing',
    });
    expect((await openGenerationGuard({ store: unreadable(s.vault), marker: s.marker, cipher, logger: createMemoryLogger() })).lock).toBeNull();
  });

  it('the store of a locked vault refuses to write or move the file itself, and accepting an unlocked vault writes nothing', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const s = stores();
    const first = await documents(s, cipher);
    const sealed = await withSeal(cipher, first.documents.current(), 'secret');
    first.documents.update(() => sealed);
    first.guard.accept();
    expect(s.vault.writes).toBe(1);
    s.marker.write({});
    const locked = await guard(s, cipher);
    expect(() => locked.store.write({ ...emptyVaultDocument })).toThrow(/locked/);
    expect(() => locked.store.moveAside('aside')).toThrow(/locked/);
    expect(s.vault.writes).toBe(1);
  });
});
