// Proves the keytar-compatible vault stores only ciphertext on disk and fails cleanly with the wrong key.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import { createSecretVault } from '../../../../main/core/vault/secret-vault';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../../../main/node/open-conf-store';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { useTempDirs } from '../../../support/use-temp-dirs';

describe('secret vault (keytar API)', () => {
  const tempDir = useTempDirs();

  const openVault = (dir: string, key: Uint8Array) => {
    const kv = openConfStore(dir);
    const documents = openDocumentStore(kv, createFakeClock(), createMemoryLogger());
    return { vault: createSecretVault(documents, createAesGcmCipher(key)), path: kv.path };
  };
  const setup = () => ({ dir: tempDir(), key: randomBytes(32) });

  it('sets, gets, finds and deletes like keytar', async () => {
    const { dir, key } = setup();
    const { vault } = openVault(dir, key);
    expect(await vault.getPassword('svc', 'a')).toBeNull();
    await vault.setPassword('svc', 'a', 'one');
    await vault.setPassword('svc', 'b', 'two');
    await vault.setPassword('other', 'a', 'three');
    expect(await vault.getPassword('svc', 'a')).toBe('one');
    expect(await vault.findCredentials('svc')).toEqual([
      { account: 'a', password: 'one' },
      { account: 'b', password: 'two' },
    ]);
    expect(await vault.deletePassword('svc', 'a')).toBe(true);
    expect(await vault.deletePassword('svc', 'a')).toBe(false);
    expect(await vault.getPassword('svc', 'a')).toBeNull();
    expect(await openVault(dir, key).vault.getPassword('other', 'a')).toBe('three');
  });

  it('writes only ciphertext to disk', async () => {
    const { dir, key } = setup();
    const { vault, path } = openVault(dir, key);
    const canary = `canary-secret-${randomBytes(6).toString('hex')}`;
    await vault.setPassword('svc', 'a', canary);
    const onDisk = readFileSync(path, 'utf8');
    expect(onDisk).not.toContain(canary);
    expect(onDisk).not.toContain(Buffer.from(canary).toString('base64'));
  });

  it('fails with a typed error, not garbage, under another key', async () => {
    const { dir, key } = setup();
    await openVault(dir, key).vault.setPassword('svc', 'a', 'one');
    const other = openVault(dir, randomBytes(32)).vault;
    await expect(other.getPassword('svc', 'a')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/^A stored secret could not be decrypted: .*Re-enter the secret for this account\.$/),
    });
  });

  it('does not treat inherited keys as stored services or accounts', async () => {
    const { dir, key } = setup();
    const { vault } = openVault(dir, key);
    expect(await vault.getPassword('__proto__', 'constructor')).toBeNull();
    expect(await vault.getPassword('svc', 'toString')).toBeNull();
    expect(await vault.findCredentials('constructor')).toEqual([]);
  });
});
