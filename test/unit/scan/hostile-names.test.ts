// File and variable names from a scanned folder are the folder's: no control character reaches the terminal (ESC, OSC 52, C1 CSI), and one odd name or a huge scan never fails the window's whole answer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAkoolClient } from '../../../main/core/akool/client';
import { createScanSession } from '../../../main/core/scan/scan-session';
import { renderScan } from '../../../main/core/scan/scan-output';
import { windowView } from '../../../main/core/scan/scan-view';
import type { PublicFinding, ScanResult } from '../../../main/core/scan/scan-types';
import { createDotenvFiles } from '../../../main/node/dotenv-files';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import type { EventPayload } from '../../../preload/contract';
import { scanEventDefinitions, scanViewSchema } from '../../../preload/scan-contract';
import { startSandbox } from '../../sandbox/server';
import { createFakeClock } from '../../support/fake-clock';
import { newClientId, newSecret } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';
import { createVaultFixture } from '../../support/vault-fixture';

const tempDir = useTempDirs();
const closing: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** OSC 52 (sets the clipboard), BEL, a C1 CSI (U+009B) and a plain ESC sequence. */
const hostile = '\u001b]52;c;cHduZWQ=\u0007\u009b2J\u001b[31m';
// eslint-disable-next-line no-control-regex -- looking for control characters is the test
const controlOtherThanNewline = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

async function setUp() {
  const root = tempDir();
  const key = newSecret();
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, `.env.${hostile}`), `VITE_AKOOL_API_KEY=${key}\n`);
  writeFileSync(join(root, 'src', `${hostile}.png`), new Uint8Array([0x89, 0x50, 0, 0, 0x41]));
  const sandbox = await startSandbox({
    accounts: [{ clientId: newClientId(), clientSecret: key, state: 'active', credit: 5, email: 'a@sandbox.test', uid: '1', tokenTtlSeconds: 86_400 }],
  });
  const vault = createVaultFixture();
  closing.push(() => sandbox.close(), () => vault.remove());
  const asked: EventPayload<'scanImportsChanged'>[] = [];
  const session = createScanSession({
    host: { fileSystem: createScanFileSystem(), git: createGitRunner(), join },
    client: createAkoolClient({ http: fetch }),
    accounts: vault.service,
    dotenvFiles: createDotenvFiles(),
    toolVersion: 'test',
    clock: createFakeClock(),
    newId: () => '00000000-0000-4000-8000-000000000001',
    showImports: (requests) => {
      asked.push({ requests });
      for (const request of requests) session.answerImport(request.requestId, []);
    },
  });
  const request = { dir: root, history: false, verify: true, import: true, fix: true, baseUrl: sandbox.baseUrl };
  return { root, session, asked, request };
}

describe.skipIf(process.platform === 'win32')('a scanned folder with control characters in its file names', () => {
  it('prints them as ? in the table, JSON, SARIF and notes; the JSON still carries the exact name', async () => {
    const { session, request } = await setUp();
    for (const format of ['table', 'json', 'sarif'] as const) {
      const run = await session.run({ ...request, format });
      expect(run.result.findings.length).toBeGreaterThan(0);
      expect(run.output).not.toMatch(controlOtherThanNewline);
      expect(run.notes.join('\n')).not.toMatch(controlOtherThanNewline);
      if (format === 'table') expect(run.output).toContain('.env.?]52;c;cHduZWQ=??2J?[31m:1:');
      if (format === 'json') expect(JSON.stringify(JSON.parse(run.output))).toContain(JSON.stringify(`.env.${hostile}`).slice(1, -1));
    }
  });

  it('sends the window a view and an import request its contract accepts, names printable', async () => {
    const { session, asked, request } = await setUp();
    const view = await session.scanForWindow({ dir: request.dir, history: false, verify: true, baseUrl: request.baseUrl });
    expect(scanViewSchema.safeParse(view).success).toBe(true);
    expect(view.findings.map((finding) => finding.file)).toContain('.env.?]52;c;cHduZWQ=??2J?[31m');
    expect(view.skipped).toEqual([{ path: 'src/?]52;c;cHduZWQ=??2J?[31m.png', reason: 'binary' }]);

    await session.run({ ...request, format: 'table' });
    expect(asked.map((event) => event.requests.length)).toEqual([1, 0]);
    expect(scanEventDefinitions.scanImportsChanged.safeParse(asked[0]).success).toBe(true);
  });
});

describe('windowView', () => {
  const finding: PublicFinding = { file: 'a.js', line: 1, column: 1, kind: 'storage-write', exposure: 'local', fingerprint: '', name: 'localStorage' };
  const result = (findings: number, skipped: number): ScanResult<PublicFinding> => ({
    root: '/p',
    findings: Array.from({ length: findings }, () => finding),
    skipped: Array.from({ length: skipped }, (_, index) => ({ path: `f${index}`, reason: 'binary' as const })),
    filesScanned: 1,
  });

  it('cuts findings and skipped paths at the contract limits and counts what it left out', () => {
    const view = windowView(result(10_001, 100_002));
    expect(scanViewSchema.safeParse(view).success).toBe(true);
    expect([view.findings.length, view.findingsLeftOut, view.skipped.length, view.skippedLeftOut]).toEqual([10_000, 1, 100_000, 2]);
    expect(windowView(result(3, 0))).toMatchObject({ findingsLeftOut: 0, skippedLeftOut: 0 });
  });

  it('cuts a name or path over the contract length, ending it in …', () => {
    const long = { ...finding, file: `${'d/'.repeat(2100)}a.js`, name: `AKOOL_API_KEY_${'X'.repeat(300)}` };
    const view = windowView({ ...result(0, 0), findings: [long] });
    expect(scanViewSchema.safeParse(view).success).toBe(true);
    expect([view.findings[0]?.file.length, view.findings[0]?.name.length, view.findings[0]?.name.endsWith('…')]).toEqual([4096, 200, true]);
  });

  it('keeps the CLI output whole: only the window is cut', () => {
    const output = renderScan(result(10_001, 0), 'json', 'test');
    expect(JSON.parse(output)).toMatchObject({ findings: { length: 10_001 } });
  });
});
