// The scan command's arguments and exit codes: 0 nothing found, 1 found, 64 bad usage (unknown option, two folders, --json with --sarif, no such folder).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../main/core/scan/scan-request';
import { scanCommand } from '../../../main/core/scan/scan-command';
import { runScan, type ScanServiceDeps } from '../../../main/core/scan/scan-service';
import { createAkoolClient } from '../../../main/core/akool/client';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import { createDotenvFiles } from '../../../main/node/dotenv-files';
import { findCanaryPiece } from '../../support/canary-pieces';
import { createScanProject } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';

const cwd = resolve('/work/project');
const resolveDir = (dir: string): string => resolve(cwd, dir);
const tempDir = useTempDirs();

describe('parseScanArgs', () => {
  it('reads every flag and resolves DIR against the caller', () => {
    expect(parseScanArgs(['app', '--history', '--sarif', '--import', '--fix', '--base-url', 'http://127.0.0.1:9'], resolveDir)).toEqual({
      ok: true,
      request: { dir: join(cwd, 'app'), history: true, format: 'sarif', verify: true, import: true, fix: true, baseUrl: 'http://127.0.0.1:9' },
    });
    expect(parseScanArgs([], resolveDir)).toMatchObject({ ok: true, request: { dir: cwd, format: 'table', verify: false } });
  });

  it.each([[['--nope']], [['a', 'b']], [['--json', '--sarif']], [['--base-url']]])('refuses %j as bad usage', (args) => {
    expect(parseScanArgs(args, resolveDir)).toMatchObject({ ok: false, message: expect.stringContaining('usage: akool-vault scan') });
  });
});

describe('scanCommand', () => {
  const deps: ScanServiceDeps = {
    host: { fileSystem: createScanFileSystem(), git: createGitRunner(), join },
    client: createAkoolClient({ http: () => Promise.reject(new Error('no network in this test')) }),
    accounts: { fingerprints: async () => [], add: () => Promise.reject(new Error('no import in this test')), state: () => ({ accounts: [] }) },
    approveImport: async () => [],
    dotenvFiles: createDotenvFiles(),
    toolVersion: 'test',
  };
  const run = (args: string[], base: string) => scanCommand(args, (dir) => resolve(base, dir), (request) => runScan(deps, request));

  it('exits 1 with findings on stdout, 0 on a clean folder, 64 on bad usage or a missing folder', async () => {
    const project = createScanProject(tempDir());
    const found = await run(['--json'], project.root);
    expect(found.exitCode).toBe(1);
    expect(JSON.parse(found.stdout)).toMatchObject({ findings: expect.any(Array), skipped: expect.any(Array) });
    const sarif = await run(['--sarif', '--history', '--fix'], project.root);
    expect(findCanaryPiece([found.stdout, found.stderr, sarif.stdout, sarif.stderr].join('\n'), project.secrets)).toBeNull();
    expect((await run([], tempDir())).exitCode).toBe(0);
    expect(await run(['--wat'], project.root)).toMatchObject({ exitCode: 64, stdout: '' });
    expect(await run(['no-such-folder'], project.root)).toMatchObject({ exitCode: 64, stderr: expect.stringContaining('existing folder') });
  });
});
