// Proves the document store validates, moves unreadable files aside, and keeps the old state when a write fails.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxRetryDelayMs, openDocumentStore } from '../../../../main/core/vault/document-store';
import { emptyVaultDocument } from '../../../../main/core/vault/vault-document';
import { openConfStore } from '../../../../main/node/open-conf-store';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { createMemoryStore } from '../../../support/memory-store';
import { useTempDirs } from '../../../support/use-temp-dirs';

describe('document store', () => {
  const tempDir = useTempDirs();
  const open = (dir: string) => openDocumentStore(openConfStore(dir), createFakeClock(), createMemoryLogger());

  it('starts empty without a file and persists updates', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.current()).toEqual(emptyVaultDocument);
    expect(store.notice).toBeNull();
    store.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: true } }));
    expect(open(dir).current().settings.weakProtectionOptIn).toBe(true);
  });

  it.each([
    ['truncated JSON', '{"version":1,"accou'],
    ['the wrong schema', JSON.stringify({ version: 1, accounts: 'nope', secrets: {}, settings: {} })],
    ['a future version', JSON.stringify({ ...emptyVaultDocument, version: 2 })],
  ])('moves a file with %s aside, reports it and starts empty', (_name, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'vault.json'), content);
    const store = open(dir);
    expect(store.current()).toEqual(emptyVaultDocument);
    expect(store.notice).toMatch(/moved aside to .*vault\.json\.corrupt-2026-11-24T12-00-00-000Z/);
    const aside = readdirSync(dir).find((name) => name.startsWith('vault.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe(content);
  });

  it('refuses every write when the unreadable file cannot be moved aside', () => {
    const memory = createMemoryStore();
    memory.read = () => {
      throw new SyntaxError('bad json');
    };
    memory.moveAside = () => {
      throw new Error('read-only');
    };
    const store = openDocumentStore(memory, createFakeClock(), createMemoryLogger());
    expect(store.notice).toMatch(/could not be moved aside/);
    expect(() => store.update((document) => document)).toThrow(expect.objectContaining({ code: 'storage-failed' }));
    expect(memory.writes).toBe(0);
  });

  it('keeps the previous document in memory when a write fails', () => {
    const memory = createMemoryStore();
    const store = openDocumentStore(memory, createFakeClock(), createMemoryLogger());
    memory.failWrites = true;
    expect(() => store.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: true } }))).toThrow(
      expect.objectContaining({ code: 'storage-failed' }),
    );
    expect(store.current().settings.weakProtectionOptIn).toBe(false);
  });

  it('never writes a document that breaks the schema', () => {
    const memory = createMemoryStore();
    const store = openDocumentStore(memory, createFakeClock(), createMemoryLogger());
    expect(() => store.update((document) => ({ ...document, accounts: [{ id: 'not-a-uuid' }] as never }))).toThrow();
    expect(memory.writes).toBe(0);
  });

  it('retries a failing deferred write with doubling delays instead of once a second', () => {
    const memory = createMemoryStore();
    const clock = createFakeClock();
    const store = openDocumentStore(memory, clock, createMemoryLogger());
    let attempts = 0;
    const write = memory.write;
    memory.write = (next) => {
      attempts += 1;
      write(next);
    };
    memory.failWrites = true;
    store.record((document) => ({ ...document, accounts: [] }));
    clock.advance(60 * 60 * 1000);
    // 1 s, 2 s, 4 s … capped at 5 min: 9 tries reach the cap within 512 s, then 11 more at 5 min in the hour.
    expect(attempts).toBeGreaterThan(5);
    expect(attempts).toBeLessThan(25);
    memory.failWrites = false;
    clock.advance(maxRetryDelayMs);
    expect(memory.writes).toBe(1);
    expect(clock.pendingTimers()).toBe(0);
  });
});
