// The scan engine over a generated leaky project: every place a secret sits, with its exposure; what it skips and says it skipped.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../../main/core/accounts/fingerprint';
import { scanFolder, type ScanHost } from '../../../main/core/scan/scan-folder';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import { fingerprintOf } from '../../../secretlint-rule-akool/src/index';
import { createScanProject } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';

const host: ScanHost = { fileSystem: createScanFileSystem(), git: createGitRunner(), join };
const tempDir = useTempDirs();

describe('scanFolder', () => {
  it('finds each secret where it sits, with the exposure of that place, worst first', async () => {
    const project = createScanProject(tempDir());
    const result = await scanFolder(host, project.root, { history: true });
    const rows = result.findings.map(({ file, kind, exposure, fingerprint, commit }) => ({ file, kind, exposure, fingerprint, commit }));
    const fp = tokenFingerprint;
    expect(rows).toEqual([
      { file: 'dist/assets/index-4f2a9c.js', kind: 'api-key', exposure: 'client-bundle', fingerprint: fp(project.browserKey), commit: undefined },
      { file: 'dist/assets/index-4f2a9c.js', kind: 'storage-write', exposure: 'client-bundle', fingerprint: '', commit: undefined },
      { file: '.env', kind: 'api-key', exposure: 'client-env', fingerprint: fp(project.browserKey), commit: undefined },
      { file: 'config.js', kind: 'client-secret', exposure: 'history', fingerprint: fp(project.historySecret), commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
      { file: 'scripts/check-credit.sh', kind: 'api-key', exposure: 'committed', fingerprint: fp(project.scriptKey), commit: undefined },
      { file: 'src/main.ts', kind: 'storage-write', exposure: 'committed', fingerprint: '', commit: undefined },
      { file: '.env', kind: 'client-id', exposure: 'local', fingerprint: fp(project.serverClientId), commit: undefined },
      { file: '.env', kind: 'client-secret', exposure: 'local', fingerprint: fp(project.serverSecret), commit: undefined },
    ]);
    expect(result.findings.find((finding) => finding.kind === 'client-secret' && finding.exposure === 'local')).toMatchObject({ line: 6, column: 22 });
  });

  it('names the commit that added a secret that is gone from the working tree', async () => {
    const project = createScanProject(tempDir());
    const withoutHistory = await scanFolder(host, project.root);
    expect(withoutHistory.findings.some((finding) => finding.exposure === 'history')).toBe(false);
    const history = (await scanFolder(host, project.root, { history: true })).findings.filter((finding) => finding.exposure === 'history');
    expect(history).toHaveLength(1);
    expect(history[0]?.line).toBe(2);
  });

  it('skips node_modules, binary and oversized files and says so; reads ignored .env and dist/', async () => {
    const project = createScanProject(tempDir());
    const result = await scanFolder(host, project.root, { maxFileBytes: 2048 });
    expect(result.skipped).toEqual([
      { path: 'dist/assets/index-4f2a9c.js', reason: 'too-large' },
      { path: 'node_modules', reason: 'node_modules' },
      { path: 'public/logo.png', reason: 'binary' },
    ]);
    expect(result.findings.map((finding) => finding.fingerprint)).not.toContain(tokenFingerprint(project.vendoredKey));
    expect(result.findings.some((finding) => finding.file === '.env')).toBe(true);
  });

  it('shows the same fingerprint as the app', () => {
    const value = 'any value at all';
    expect(fingerprintOf(value)).toBe(tokenFingerprint(value));
  });
});
