// The scan session in the app: a CLI import waits for the window's answer (listed while it waits, so a window opened later still shows it), takes only what was offered, counts silence as no; the window imports by fingerprint from its last scan.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../../main/core/accounts/fingerprint';
import { createAkoolClient } from '../../../main/core/akool/client';
import { approvalTimeoutMs, createScanSession, type ScanSessionDeps } from '../../../main/core/scan/scan-session';
import { maxWaitingScanImports, type ImportRequestView } from '../../../preload/scan-contract';
import { createDotenvFiles } from '../../../main/node/dotenv-files';
import { createGitRunner } from '../../../main/node/git-runner';
import { createScanFileSystem } from '../../../main/node/scan-file-system';
import { startSandbox } from '../../sandbox/server';
import { createFakeClock } from '../../support/fake-clock';
import { createScanProject, newClientId } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';
import { createVaultFixture } from '../../support/vault-fixture';

const tempDir = useTempDirs();
const closing: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

async function setUp() {
  const project = createScanProject(tempDir());
  const sandbox = await startSandbox({
    accounts: [{ clientId: newClientId(), clientSecret: project.browserKey, state: 'active', credit: 5, email: 'a@sandbox.test', uid: '1', tokenTtlSeconds: 86_400 }],
  });
  const vault = createVaultFixture();
  closing.push(() => sandbox.close(), () => vault.remove());
  /** Every list the window was shown, in order; `asked` the requests among them, each once. */
  const shown: ImportRequestView[][] = [];
  const asked: ImportRequestView[] = [];
  const clock = createFakeClock();
  let ids = 0;
  const deps: ScanSessionDeps = {
    host: { fileSystem: createScanFileSystem(), git: createGitRunner(), join },
    client: createAkoolClient({ http: fetch }),
    accounts: vault.service,
    dotenvFiles: createDotenvFiles(),
    toolVersion: 'test',
    clock,
    newId: () => `00000000-0000-4000-8000-00000000000${(ids += 1)}`,
    showImports: (requests) => {
      shown.push(requests);
      for (const request of requests) if (!asked.some((seen) => seen.requestId === request.requestId)) asked.push(request);
    },
  };
  const request = { dir: project.root, history: false, format: 'json' as const, verify: true, import: true, fix: false, baseUrl: sandbox.baseUrl };
  return { project, sandbox, vault, shown, asked, clock, session: createScanSession(deps), request };
}

const until = async (ready: () => boolean): Promise<void> => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('scan session', () => {
  it('imports only offered fingerprints from the window answer', async () => {
    const { project, vault, asked, session, request } = await setUp();
    const running = session.run(request);
    await until(() => asked.length === 1);
    const offered = asked[0]?.offers.map((offer) => offer.fingerprint) ?? [];
    expect(offered).toEqual([tokenFingerprint(project.browserKey)]);
    expect(session.answerImport(asked[0]?.requestId ?? '', [...offered, 'deadbeef'])).toEqual({ answered: true });
    const run = await running;
    expect(run.notes).toEqual([expect.stringMatching(new RegExp(`^imported ${offered[0] ?? '?'} as `))]);
    expect(vault.service.state().accounts).toHaveLength(1);
    expect(session.answerImport(asked[0]?.requestId ?? '', offered)).toEqual({ answered: false });
  });

  it('lists a request while it waits, for a window that asks later, and tells the window when it was answered', async () => {
    const { asked, shown, session, request } = await setUp();
    expect(session.waitingImports()).toEqual([]);
    const running = session.run(request);
    await until(() => asked.length === 1);
    expect(session.waitingImports()).toEqual(asked);
    expect(shown).toEqual([asked]);
    session.answerImport(asked[0]?.requestId ?? '', []);
    await running;
    expect(session.waitingImports()).toEqual([]);
    expect(shown).toEqual([asked, []]);
  });

  it('counts an unanswered request as declined after the timeout, and the window no longer lists it', async () => {
    const { vault, asked, shown, clock, session, request } = await setUp();
    const running = session.run(request);
    await until(() => asked.length === 1);
    clock.advance(approvalTimeoutMs - 1);
    expect(session.waitingImports()).toHaveLength(1);
    clock.advance(1);
    const run = await running;
    expect(run.notes).toEqual([]);
    expect(vault.service.state().accounts).toEqual([]);
    expect(session.waitingImports()).toEqual([]);
    expect(shown.at(-1)).toEqual([]);
  });

  it('tells the CLI caller when the window is asked, and withdraws the request when the caller leaves', async () => {
    const { vault, asked, shown, session, request } = await setUp();
    let leave = (): void => undefined;
    const closed = new Promise<void>((resolve) => (leave = resolve));
    let told = 0;
    const running = session.run(request, { onWaiting: () => (told += 1), closed });
    await until(() => asked.length === 1);
    expect(told).toBe(1);
    leave();
    const run = await running;
    expect(run.notes).toEqual([]);
    expect(vault.service.state().accounts).toEqual([]);
    expect(session.waitingImports()).toEqual([]);
    expect(shown).toEqual([asked, []]);
  });

  it(`does not ask about a caller that left before the folder was read`, async () => {
    const { shown, session, request } = await setUp();
    const run = await session.run(request, { onWaiting: () => undefined, closed: Promise.resolve() });
    expect(run.notes).toEqual([]);
    expect(shown).toEqual([]);
  });

  it(`keeps the report but imports nothing while ${maxWaitingScanImports} already wait, and says why`, async () => {
    const { asked, shown, session, request } = await setUp();
    const running = Array.from({ length: maxWaitingScanImports }, () => session.run(request));
    await until(() => asked.length === maxWaitingScanImports);
    const refused = await session.run(request);
    expect(refused.result.findings.length).toBeGreaterThan(0);
    expect(refused.notes).toEqual([`not imported: ${maxWaitingScanImports} scan imports already wait in the window: answer them, then scan again.`]);
    expect(shown.at(-1)).toHaveLength(maxWaitingScanImports);
    session.dispose();
    await Promise.all(running);
    expect(session.waitingImports()).toEqual([]);
  });

  it('imports from the window by fingerprint after a window scan, never before one', async () => {
    const { project, vault, session, sandbox } = await setUp();
    await expect(session.importFromWindow([tokenFingerprint(project.browserKey)])).rejects.toMatchObject({ code: 'invalid-input' });
    const view = await session.scanForWindow({ dir: project.root, history: false, verify: true, baseUrl: sandbox.baseUrl });
    expect(view.findings.find((finding) => finding.fingerprint === tokenFingerprint(project.browserKey))?.verified).toBe('live');
    expect(JSON.stringify(view).includes(project.browserKey)).toBe(false);
    const result = await session.importFromWindow([tokenFingerprint(project.browserKey)]);
    expect(result.imported).toHaveLength(1);
    expect(vault.service.state().accounts.map((account) => account.id)).toEqual([result.imported[0]?.accountId]);
  });
});
