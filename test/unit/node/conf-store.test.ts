// Proves the conf-backed store writes 0600 JSON, throws on a corrupt file and can move it aside.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfStore } from '../../../main/node/open-conf-store';
import { useTempDirs } from '../../support/use-temp-dirs';

describe('conf store', () => {
  const tempDir = useTempDirs();

  it('reads {} before the first write, then what was written, with mode 0600', () => {
    const dir = tempDir();
    const store = openConfStore(dir);
    expect(store.read()).toEqual({});
    store.write({ version: 1, items: ['a'] });
    expect(openConfStore(dir).read()).toEqual({ version: 1, items: ['a'] });
    // POSIX permission bits; Windows reports 0o666 whatever the ACL says (fs.chmod only sets read-only there).
    if (process.platform !== 'win32') expect(statSync(join(dir, 'vault.json')).mode & 0o777).toBe(0o600);
  });

  it('throws on truncated JSON instead of resetting it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'vault.json'), '{"version": 1, "acc');
    expect(() => openConfStore(dir).read()).toThrow();
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe('{"version": 1, "acc');
  });

  it('moves the file aside and starts empty afterwards', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'vault.json'), 'garbage');
    const store = openConfStore(dir);
    expect(() => store.read()).toThrow();
    const aside = store.moveAside('corrupt-test');
    expect(readFileSync(aside, 'utf8')).toBe('garbage');
    expect(existsSync(join(dir, 'vault.json'))).toBe(false);
    expect(store.read()).toEqual({});
  });
});
