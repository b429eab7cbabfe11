// `akool-vault scan` through the real CLI, socket server and runtime under Node: the app scans, the window approves the import, --fix writes references that `run --env-file` then resolves; nothing secret is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema, events, ipcChannel, ipcEvent } from '../../../preload/contract';
import { tokenFingerprint } from '../../../main/core/accounts/fingerprint';
import { importWaitingText } from '../../../cli/waiting-text';
import { findCanaryPiece } from '../../support/canary-pieces';
import { startCliRig, type CliRig } from '../../support/cli-rig';
import { createScanProject, newClientId, type ScanProject } from '../../support/scan-project';
import { useTempDirs } from '../../support/use-temp-dirs';

const tempDir = useTempDirs();
let rig: CliRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function start(): Promise<{ r: CliRig; project: ScanProject }> {
  const project = createScanProject(tempDir());
  const seed = (clientId: string, clientSecret: string) => ({ clientId, clientSecret, state: 'active' as const, credit: 50, email: 'scan@sandbox.test', uid: '7', tokenTtlSeconds: 86_400 });
  rig = await startCliRig({ sandbox: { accounts: [seed(newClientId(), project.browserKey), seed(project.serverClientId, project.serverSecret)] } });
  return { r: rig, project };
}

/** Answers the next scan import request as the person would in the window: allows only `pick`'s fingerprints. */
function approveInWindow(r: CliRig, pick: (offered: string[]) => string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const stop = r.runtime.onEvent((channel, payload) => {
      if (channel !== ipcEvent('scanImportsChanged')) return;
      const request = events.scanImportsChanged.parse(payload).requests[0];
      if (request === undefined) return;
      stop();
      const allowed = pick(request.offers.map((offer) => offer.fingerprint));
      r.runtime.noteUserInput();
      void r.runtime
        .dispatch(ipcChannel('answerScanImport'), { requestId: request.requestId, allowed })
        .then((reply) => envelopeSchema('answerScanImport').parse(reply))
        .then(() => resolve(allowed));
    });
  });
}

describe('akool-vault scan', () => {
  it('prints the JSON the app made and exits 1 when something is found, 64 on bad usage', async () => {
    const { r, project } = await start();
    const found = await r.cli(['scan', '--json', '--history'], { cwd: project.root });
    expect(found.code).toBe(1);
    const json: unknown = JSON.parse(found.stdout);
    expect(json).toMatchObject({ findings: expect.arrayContaining([expect.objectContaining({ exposure: 'client-bundle', fingerprint: tokenFingerprint(project.browserKey) })]) });
    const usage = await r.cli(['scan', '--json', '--sarif'], { cwd: project.root });
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('usage: akool-vault scan');
    expect((await r.cli(['scan', tempDir()])).code).toBe(0);
    expect(findCanaryPiece([found.stdout, found.stderr, usage.stderr, ...r.logLines].join('\n'), project.secrets)).toBeNull();
  });

  it('--import asks the window; --fix writes references that run --env-file resolves for the child', async () => {
    const { r, project } = await start();
    const [scan, allowed] = await Promise.all([
      r.cli(['scan', '.', '--import', '--fix', '--base-url', r.sandbox.baseUrl], { cwd: project.root }),
      approveInWindow(r, (offered) => offered.filter((fingerprint) => fingerprint === tokenFingerprint(project.browserKey))),
    ]);
    expect(allowed).toHaveLength(1);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toContain(importWaitingText);
    // No window is visible in this rig, as when akool-vault sits in the tray: the request is announced once.
    expect(r.notifications.filter((note) => note.accountId === null)).toEqual([
      { title: 'Found secrets wait for your choice', body: expect.stringContaining('found 2 working Akool secrets'), accountId: null },
    ]);
    expect(scan.stderr).toContain("rotate this key on Akool's API Credentials page: it was exposed");
    const [account] = r.runtime.state().accounts;
    const env = readFileSync(join(project.root, '.env'), 'utf8');
    expect(env).toContain(`VITE_AKOOL_API_KEY="akool://${account?.id ?? '?'}/api-key"`);

    const printer = ['-e', 'console.log(JSON.stringify({ vite: process.env.VITE_AKOOL_API_KEY, key: process.env.AKOOL_API_KEY }))'];
    const [run] = await Promise.all([
      r.cli(['run', '--account', account?.id ?? '?', '--env-file', join(project.root, '.env'), '--', process.execPath, ...printer]),
      r.answerNext('once'),
    ]);
    expect(run.code).toBe(0);
    const seen: { vite?: string; key?: string } = JSON.parse(run.stdout.trim().split('\n').find((line) => line.startsWith('{')) ?? '{}');
    // The reference resolved to what the run hands its child (the proxy's stand-in), never to the real key.
    expect(typeof seen.vite).toBe('string');
    expect(seen.vite === seen.key).toBe(true);
    expect(seen.vite === project.browserKey).toBe(false);
    expect(findCanaryPiece([scan.stdout, scan.stderr, run.stdout, run.stderr, ...r.logLines].join('\n'), [project.browserKey])).toBeNull();
  });
});
