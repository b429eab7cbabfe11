// Proves the afterPack hook named in electron-builder.yml, loaded the way electron-builder loads it, flips every fuse on a stand-in binary.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

const root = resolve(import.meta.dirname, '../../..');
/** The marker @electron/fuses looks for; the wire follows it: version byte, length byte, one byte per fuse. */
const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii');
/** Fuse states as bytes: '0' off, '1' on, 'r' removed from this Electron. */
const [off, on, removed] = [0x30, 0x31, 0x72];
/** Fuse indexes in wire order, as @electron/fuses' FuseV1Options numbers them. */
const fuse = {
  runAsNode: 0,
  cookieEncryption: 1,
  nodeOptions: 2,
  inspectArguments: 3,
  asarIntegrity: 4,
  onlyLoadFromAsar: 5,
  browserV8Snapshot: 6,
  fileProtocolPrivileges: 7,
  /** A fuse a newer Electron added (index 8): the hook must leave it alone. */
  unknownNewer: 8,
} as const;

interface StandInContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
type AfterPack = (context: StandInContext) => Promise<void>;

/** The insecure defaults of a stock Electron, plus one removed fuse, surrounded by random bytes. */
function standIn(wireVersion = 1): { bytes: Buffer; wireAt: number } {
  const prefix = randomBytes(4096);
  const wire = Buffer.from([wireVersion, 9, on, off, on, on, off, off, on, on, removed]);
  return { bytes: Buffer.concat([prefix, sentinel, wire, randomBytes(2048)]), wireAt: prefix.length + sentinel.length + 2 };
}

function hookPath(): string {
  const match = /^afterPack:\s*(\S+)\s*$/m.exec(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  if (match?.[1] === undefined) throw new Error('electron-builder.yml has no afterPack hook');
  return match[1];
}

describe('afterPack fuse hook', () => {
  const dir = makeTempDir('akool-vault-fuses-');
  let afterPack: AfterPack;
  beforeAll(async () => {
    afterPack = await resolveFunction<AfterPack>(undefined, hookPath(), 'afterPack', root);
  });
  afterAll(() => dir.remove());

  const context = (platform: string): StandInContext => ({
    appOutDir: dir.path,
    electronPlatformName: platform,
    arch: 1,
    packager: { executableName: 'akool-vault', appInfo: { productFilename: 'akool-vault' } },
  });

  it.each([
    ['linux', 'akool-vault'],
    ['win32', 'akool-vault.exe'],
  ])('on %s, flips every fuse in %s and touches no other byte', async (platform, file) => {
    const { bytes, wireAt } = standIn();
    writeFileSync(join(dir.path, file), bytes);
    await afterPack(context(platform));
    const after = readFileSync(join(dir.path, file));
    expect(after.length).toBe(bytes.length);
    const state = (index: number): string => String.fromCharCode(after[wireAt + index] ?? 0);
    expect({
      runAsNode: state(fuse.runAsNode),
      cookieEncryption: state(fuse.cookieEncryption),
      nodeOptions: state(fuse.nodeOptions),
      inspectArguments: state(fuse.inspectArguments),
      asarIntegrity: state(fuse.asarIntegrity),
      onlyLoadFromAsar: state(fuse.onlyLoadFromAsar),
      browserV8Snapshot: state(fuse.browserV8Snapshot),
      fileProtocolPrivileges: state(fuse.fileProtocolPrivileges),
      unknownNewer: state(fuse.unknownNewer),
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      inspectArguments: '0',
      asarIntegrity: '1',
      onlyLoadFromAsar: '1',
      browserV8Snapshot: '0',
      fileProtocolPrivileges: '0',
      unknownNewer: 'r',
    });
    const untouched = (buffer: Buffer): Buffer => Buffer.concat([buffer.subarray(0, wireAt), buffer.subarray(wireAt + 9)]);
    expect(untouched(after).equals(untouched(bytes))).toBe(true);
  });

  it('fails the build when the binary carries no fuse wire', async () => {
    writeFileSync(join(dir.path, 'akool-vault'), randomBytes(8192));
    await expect(afterPack(context('linux'))).rejects.toThrow(/sentinel/i);
  });

  it('fails the build on a fuse wire version it does not know', async () => {
    writeFileSync(join(dir.path, 'akool-vault'), standIn(2).bytes);
    await expect(afterPack(context('linux'))).rejects.toThrow(/version/i);
  });

  it('fails the build on a platform it has no rule for', async () => {
    await expect(afterPack(context('freebsd'))).rejects.toThrow(/no fuse rule/);
  });
});
