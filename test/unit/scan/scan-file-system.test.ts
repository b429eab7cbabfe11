// The scan's Node file system reads a .gitignore only when it is a small regular file: never through a link (to /dev/zero or out of the folder), never past the cap.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFolder } from '../../../main/core/scan/scan-folder';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import { useTempDirs } from '../../support/use-temp-dirs';

const tempDir = useTempDirs();
const fileSystem = createScanFileSystem();
const posixOnly = process.platform === 'win32';

describe('readSmallText', () => {
  it('reads a small regular file and tells a missing one apart', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), 'dist\n');
    expect(await fileSystem.readSmallText(join(dir, '.gitignore'), 1024)).toEqual({ kind: 'text', text: 'dist\n' });
    expect(await fileSystem.readSmallText(join(dir, 'none', '.gitignore'), 1024)).toEqual({ kind: 'absent' });
  });

  it('refuses a file over the cap and a folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big'), 'x'.repeat(1025));
    mkdirSync(join(dir, 'folder'));
    expect(await fileSystem.readSmallText(join(dir, 'big'), 1024)).toEqual({ kind: 'unreadable' });
    expect(await fileSystem.readSmallText(join(dir, 'folder'), 1024)).toEqual({ kind: 'unreadable' });
  });

  it.skipIf(posixOnly)('never follows a link: not to /dev/zero, not to a small file elsewhere', async () => {
    const dir = tempDir();
    const outside = join(tempDir(), 'rules');
    writeFileSync(outside, 'dist\n');
    symlinkSync('/dev/zero', join(dir, 'zero'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    expect(await fileSystem.readSmallText(join(dir, 'zero'), 1024)).toEqual({ kind: 'unreadable' });
    expect(await fileSystem.readSmallText(join(dir, 'elsewhere'), 1024)).toEqual({ kind: 'unreadable' });
    expect(await fileSystem.readSmallText('/dev/zero', 1024)).toEqual({ kind: 'unreadable' });
  });
});

describe('a scan of a folder whose .gitignore is a link', () => {
  it.skipIf(posixOnly)('finishes, applies none of the linked rules, and lists the .gitignore as unreadable', async () => {
    const root = tempDir();
    const outside = join(tempDir(), 'rules');
    writeFileSync(outside, 'secret.js\n');
    symlinkSync(outside, join(root, '.gitignore'));
    mkdirSync(join(root, 'sub'));
    symlinkSync('/dev/zero', join(root, 'sub', '.gitignore'));
    writeFileSync(join(root, 'secret.js'), 'fetch("https://openapi.akool.com")\n');
    const result = await scanFolder({ fileSystem, git: createGitRunner(), join }, root);
    expect(result.filesScanned).toBe(1);
    expect(result.skipped).toEqual([
      { path: '.gitignore', reason: 'unreadable' },
      { path: 'sub/.gitignore', reason: 'unreadable' },
    ]);
  });
});
