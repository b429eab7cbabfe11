// A scanned folder is hostile: its git config, attributes and a `git` program inside it must not run anything (core.fsmonitor on ls-files, textconv on log -p, a cwd git), nor make git wait forever on a file it names.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanFolder, type ScanHost } from '../../../main/core/scan/scan-folder';
import { findGit } from '../../../main/node/git-path';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import { git, newSecret } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';

const tempDir = useTempDirs();
const posixOnly = process.platform === 'win32';
afterEach(() => vi.unstubAllEnvs());


/** A repository whose own config names commands that write markers (outside it) when git runs them. */
function hostileRepository(): { root: string; markers: { fsmonitor: string; textconv: string } } {
  const root = tempDir();
  const markers = { fsmonitor: join(tempDir(), 'fsmonitor-ran'), textconv: join(tempDir(), 'textconv-ran') };
  git(root, 'init', '-q');
  writeFileSync(join(root, '.gitattributes'), '*.txt diff=evil\n');
  writeFileSync(join(root, 'notes.txt'), `AKOOL_CLIENT_SECRET=${newSecret()}\n`);
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'one');
  writeFileSync(join(root, 'notes.txt'), 'nothing here now\n');
  git(root, 'commit', '-q', '-am', 'two');
  git(root, 'config', 'core.fsmonitor', `touch '${markers.fsmonitor}'; false`);
  git(root, 'config', 'diff.evil.textconv', `touch '${markers.textconv}'; cat`);
  return { root, markers };
}

const host = (): ScanHost => ({ fileSystem: createScanFileSystem(), git: createGitRunner(), join });

describe('scanning a hostile repository', () => {
  it.skipIf(posixOnly)('runs neither its core.fsmonitor hook nor its textconv driver, and still reads the history', async () => {
    const { root, markers } = hostileRepository();
    // The repository really is armed: plain git runs both commands.
    execFileSync('git', ['status', '--short'], { cwd: root, stdio: 'ignore' });
    execFileSync('git', ['log', '-p', '--no-ext-diff'], { cwd: root, stdio: 'ignore' });
    expect([existsSync(markers.fsmonitor), existsSync(markers.textconv)]).toEqual([true, true]);
    execFileSync('rm', ['-f', markers.fsmonitor, markers.textconv]);

    const result = await scanFolder(host(), root, { history: true });
    expect(existsSync(markers.fsmonitor)).toBe(false);
    expect(existsSync(markers.textconv)).toBe(false);
    expect(result.findings.map(({ file, exposure }) => ({ file, exposure }))).toEqual([{ file: 'notes.txt', exposure: 'history' }]);
  });

  it.skipIf(posixOnly)('does not wait on a FIFO its diff.orderFile or core.attributesFile names, and still reads the history', async () => {
    const { root } = hostileRepository();
    const fifo = join(tempDir(), 'never-written');
    execFileSync('mkfifo', [fifo]);
    git(root, 'config', 'diff.orderFile', fifo);
    git(root, 'config', 'core.attributesFile', fifo);
    // Armed: plain git blocks opening the FIFO until the time limit stops it.
    expect(() => execFileSync('git', ['log', '-p', '--no-ext-diff', '--no-textconv'], { cwd: root, stdio: 'ignore', timeout: 1000 })).toThrow(/ETIMEDOUT/);

    const result = await scanFolder({ ...host(), git: createGitRunner(undefined, 20_000) }, root, { history: true });
    expect(result.findings.map(({ file, exposure }) => ({ file, exposure }))).toEqual([{ file: 'notes.txt', exposure: 'history' }]);
  }, 30_000);

  it.skipIf(posixOnly)('stops git at the time limit when an include.path FIFO blocks its config, and the scan says the history timed out', async () => {
    const root = tempDir();
    git(root, 'init', '-q');
    const fifo = join(tempDir(), 'never-written');
    execFileSync('mkfifo', [fifo]);
    git(root, 'config', 'include.path', fifo);
    const answer = await createGitRunner(undefined, 1000).run(root, ['log', '-p'], 1024);
    expect(answer).toEqual({ ok: false, reason: 'git log took longer than 1 s', timedOut: true });
    const result = await scanFolder({ ...host(), git: createGitRunner(undefined, 1000) }, root, { history: true });
    expect(result.skipped).toContainEqual({ path: '.git', reason: 'history-timed-out' });
  });

  it.skipIf(posixOnly)('answers at the time limit even when git is a launcher whose child keeps the output pipe open', async () => {
    // Like Git for Windows' cmd\git.exe: killing the launcher leaves the real git (here: sleep) holding standard output.
    const launcher = join(tempDir(), 'git');
    writeFileSync(launcher, '#!/bin/sh\nsleep 30\n');
    chmodSync(launcher, 0o755);
    const answer = await createGitRunner(() => launcher, 1000).run(tempDir(), ['log', '-p'], 1024);
    expect(answer).toEqual({ ok: false, reason: 'git log took longer than 1 s', timedOut: true });
  }, 10_000);

  it.skipIf(posixOnly)('finds added lines that its config or attributes would hide: noprefix, showRoot, bigFileThreshold, -diff', async () => {
    const root = tempDir();
    git(root, 'init', '-q');
    writeFileSync(join(root, '.env'), `AKOOL_CLIENT_SECRET=${newSecret()}\n`);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'root commit with the secret');
    git(root, 'rm', '-q', '.env');
    git(root, 'commit', '-q', '-m', 'gone');
    git(root, 'config', 'diff.noprefix', 'true');
    git(root, 'config', 'log.showRoot', 'false');
    git(root, 'config', 'core.bigFileThreshold', '1');
    writeFileSync(join(root, '.git', 'info', 'attributes'), '.env -diff\n');
    // Armed: plain git shows no added line of the file.
    expect(execFileSync('git', ['log', '-p', '--all'], { cwd: root, encoding: 'utf8' })).not.toContain('+AKOOL_CLIENT_SECRET');

    const result = await scanFolder(host(), root, { history: true });
    expect(result.findings.map(({ file, exposure }) => ({ file, exposure }))).toEqual([{ file: '.env', exposure: 'history' }]);
  });

  it.skipIf(posixOnly)('never runs a `git` inside the scanned folder, even when PATH names the current folder', async () => {
    const root = tempDir();
    const marker = join(tempDir(), 'folder-git-ran');
    writeFileSync(join(root, 'git'), `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(join(root, 'git'), 0o755);
    // An empty PATH entry means the current folder to execvp, as Windows always searches it first.
    vi.stubEnv('PATH', `:${process.env.PATH ?? ''}`);
    mkdirSync(join(root, 'src'));
    await scanFolder(host(), root, { history: true });
    expect(existsSync(marker)).toBe(false);
  });
});

describe('findGit', () => {
  const onWindows = (env: NodeJS.ProcessEnv, files: string[]) =>
    findGit({ env, platform: 'win32', path: win32, isExecutable: (file) => files.includes(file.toLowerCase()) });

  it('looks only in absolute PATH folders on Windows, .exe and .com from PATHEXT, whatever the case of Path', () => {
    const files = ['c:\\project\\git.exe', 'c:\\program files\\git\\cmd\\git.exe', 'c:\\tools\\git.bat'];
    expect(onWindows({ Path: '.;project;C:\\tools;C:\\Program Files\\Git\\cmd', PathExt: '.BAT;.CMD;.EXE' }, files)).toBe('C:\\Program Files\\Git\\cmd\\git.exe');
    expect(onWindows({ PATH: 'C:\\tools' }, files)).toBeNull();
    expect(onWindows({}, files)).toBeNull();
  });

  it('skips empty and relative PATH entries on POSIX', () => {
    const files = ['git', 'bin/git', '/usr/bin/git'];
    const found = (value: string) => findGit({ env: { PATH: value }, platform: 'linux', path: posix, isExecutable: (file) => files.includes(file) });
    expect(found(':bin:/usr/bin')).toBe('/usr/bin/git');
    expect(found('::bin')).toBeNull();
  });
});
