// `akool-vault run` against the real runtime, socket server and sandbox under Node: an unchanged Akool script through the proxy, --env, --env-file references, Stop, and the grant gone after exit.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generationCost } from '../../sandbox/generation-route';
import { startCliRig, type CliRig } from '../../support/cli-rig';

const script = fileURLToPath(new URL('../../fixtures/cli/akool-script.mjs', import.meta.url));
const activeKey = 'demo-secret-active';
let rig: CliRig | null = null;
const start = async (): Promise<CliRig> => (rig = await startCliRig());
afterEach(async () => {
  await rig?.close();
  rig = null;
});

interface ScriptOutput {
  base: string;
  quota: { status: number; body: { code: number; data?: { credit: number } } };
  job: { status: number; body: { code: number } };
  later: { status: number; body: { code?: number; message?: string } | null; error?: string } | null;
  env: Record<string, string | undefined>;
}
const scriptOutput = (stdout: string): ScriptOutput => JSON.parse(stdout.split('\n').find((line) => line.startsWith('{')) ?? 'null');

describe('akool-vault run (proxy mode)', () => {
  it('runs an unchanged Akool script: credit and a generation job through the stand-in, and prints the credit it used', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result, approval] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--', process.execPath, script]), r.answerNext('once')]);
    expect(approval).toMatchObject({ command: 'run', mode: 'proxy', commandLine: [process.execPath, script] });
    expect(result.code).toBe(0);
    const output = scriptOutput(result.stdout);
    expect(output.quota.body).toMatchObject({ code: 1000, data: { credit: 1234 } });
    expect(output.job.body).toMatchObject({ code: 1000 });
    expect(output.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output.base).not.toBe(r.sandbox.baseUrl);
    expect(output.env.AKOOL_API_KEY).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(output.env.AKOOL_TOKEN).toBe(output.env.AKOOL_API_KEY);
    expect(result.stdout + result.stderr).not.toContain(activeKey);
    expect(result.stderr).toContain(`akool-vault: run ended · proxy mode · 2 requests (1000 ×2) · credit used ${generationCost}`);
    const view = r.runtime.state().accounts[0];
    const runs = await r.call('getRuns', { id: view?.id ?? '' });
    expect(runs.active).toEqual([]);
    expect(runs.recent).toMatchObject([{ mode: 'proxy', ended: 'exited', creditUsed: generationCost, requests: [{ code: '1000', count: 2 }] }]);
  });

  it('sends a client-credentials account a Bearer token the script never sees', async () => {
    const r = await start();
    await r.addClient('Legacy', 'demo-active', 'demo-secret-active');
    const [result] = await Promise.all([r.cli(['run', '--account', 'Legacy', '--', process.execPath, script, '--bearer']), r.answerNext('once')]);
    const output = scriptOutput(result.stdout);
    expect(output.quota.body).toMatchObject({ code: 1000 });
    for (const token of r.sandbox.issuedTokens('demo-active')) expect(result.stdout + result.stderr).not.toContain(token);
    expect(r.sandbox.requests.filter((request) => request.path.includes('specifyimage'))).toMatchObject([{ hasAuthorization: true, hasApiKey: false }]);
  });

  it('exits with the child\'s own code', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--', process.execPath, '-e', 'process.exit(7)']), r.answerNext('once')]);
    expect(result.code).toBe(7);
  });

  it('Stop revokes the grant at once: the running script\'s next call gets 401 with a one-line reason', async () => {
    const r = await start();
    const view = await r.addApiKey('Keyed', activeKey);
    const go = join(r.dataDir, 'go');
    const running = r.cli(['run', '--account', 'Keyed', '--', process.execPath, script, `--wait-for=${go}`]);
    await r.answerNext('once');
    await expect.poll(async () => (await r.call('getRuns', { id: view.id })).active.length).toBe(1);
    const [active] = (await r.call('getRuns', { id: view.id })).active;
    expect(await r.call('stopRun', { runId: active?.id ?? '' })).toEqual({ stopped: true });
    writeFileSync(go, '');
    const result = await running;
    const later = scriptOutput(result.stdout).later;
    expect(later).toMatchObject({ status: 401 });
    expect(later?.body?.message).toContain('The run was stopped in the akool-vault window.');
    expect(result.stderr).toContain('stopped in the window');
    expect((await r.call('getRuns', { id: view.id })).recent).toMatchObject([{ ended: 'stopped' }]);
  });

  it('"for this folder for 1 hour" lets only the same proxy run through: another command, origin, mode or account asks, and Stop ends it', async () => {
    const r = await start();
    const view = await r.addApiKey('Keyed', activeKey);
    await r.addClient('Other', 'demo-active', 'demo-secret-active');
    const go = join(r.dataDir, 'go');
    const same = ['run', '--account', 'Keyed', '--', process.execPath, script, `--wait-for=${go}`];
    const cwd = r.dataDir;
    const first = r.cli(same, { cwd });
    const offered = await r.nextApproval();
    expect(offered.folderHourOffered).toBe(true);
    await r.answerAsPerson(offered.id, 'folder-hour');
    writeFileSync(go, '');
    expect((await first).code).toBe(0);
    expect((await r.cli(same, { cwd })).code).toBe(0);

    const envFile = join(r.dataDir, 'others.env');
    writeFileSync(envFile, 'OTHER=akool://Other/token\n');
    const variants = [
      ['run', '--account', 'Keyed', '--', process.execPath, '-e', 'console.log(process.env.AKOOL_API_KEY)'],
      ['run', '--account', 'Keyed', '--allow-origin', 'http://localhost:5173', '--', process.execPath, script, `--wait-for=${go}`],
      ['run', '--account', 'Keyed', '--env', '--', process.execPath, script, `--wait-for=${go}`],
      ['run', '--account', 'Keyed', '--env', '--env-file', envFile, '--', process.execPath, script, `--wait-for=${go}`],
    ];
    for (const argv of variants) {
      const [refused, asked] = await Promise.all([r.cli(argv, { cwd }), r.answerNext('deny')]);
      expect(refused.code).toBe(77);
      expect(asked.cwd).toBe(cwd);
    }

    rmSync(go);
    const running = r.cli(same, { cwd });
    await expect.poll(async () => (await r.call('getRuns', { id: view.id })).active.length).toBe(1);
    const [active] = (await r.call('getRuns', { id: view.id })).active;
    await r.call('stopRun', { runId: active?.id ?? '' });
    writeFileSync(go, '');
    await running;
    const [again, asked] = await Promise.all([r.cli(same, { cwd }), r.answerNext('deny')]);
    expect(again.code).toBe(77);
    expect(asked.commandLine).toContain(script);
  });

  it('after the child exits, the listener is closed: its stand-in reaches nothing', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--', process.execPath, script]), r.answerNext('once')]);
    const { base, env } = scriptOutput(result.stdout);
    const after = await fetch(`${base}/api/open/v3/faceswap/quota/info`, { headers: { 'x-api-key': env.AKOOL_API_KEY ?? '' } }).then(
      (response) => response.status,
      () => 'refused',
    );
    expect(after).toBe('refused');
  });

  it('two runs on different accounts at once each get their own grant and counts', async () => {
    const r = await start();
    const one = await r.addApiKey('One', activeKey);
    const two = await r.addClient('Two', 'demo-renewable', 'demo-secret-renewable');
    const first = r.cli(['run', '--account', 'One', '--', process.execPath, script]);
    await r.answerNext('once');
    const second = r.cli(['run', '--account', 'Two', '--', process.execPath, script, '--bearer']);
    await r.answerNext('once');
    const [a, b] = await Promise.all([first, second]);
    const outA = scriptOutput(a.stdout);
    const outB = scriptOutput(b.stdout);
    expect(outA.quota.body.data?.credit).toBe(1234);
    expect(outB.quota.body.data?.credit).toBe(300);
    expect(outA.env.AKOOL_API_KEY).not.toBe(outB.env.AKOOL_API_KEY);
    expect(outA.base).not.toBe(outB.base);
    expect((await r.call('getRuns', { id: one.id })).recent).toHaveLength(1);
    expect((await r.call('getRuns', { id: two.id })).recent).toHaveLength(1);
  });
});

describe('akool-vault run --env and --env-file', () => {
  it('--env puts the real key and base URL in the child environment, and the window says so', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result, approval] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--env', '--', process.execPath, script]), r.answerNext('once')]);
    expect(approval.mode).toBe('env');
    const output = scriptOutput(result.stdout);
    expect(output.env.AKOOL_API_KEY).toBe(activeKey);
    expect(output.base).toBe(r.sandbox.baseUrl);
    expect(output.quota.body).toMatchObject({ code: 1000 });
    expect(result.stderr).toContain('env mode · requests not counted (--env)');
  });

  it('resolves akool:// references for the child only: the stand-in and proxy URL without --env, the real values with it', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    await r.addClient('Other', 'demo-active', 'demo-secret-active');
    const envFile = join(r.dataDir, 'app.env');
    writeFileSync(envFile, 'MY_KEY=akool://Keyed/api-key\nMY_BASE="akool://Keyed/base-url"\nPLAIN=hello # comment\n');
    const printer = ['-e', 'console.log(JSON.stringify({k: process.env.MY_KEY, b: process.env.MY_BASE, p: process.env.PLAIN, s: process.env.AKOOL_API_KEY, u: process.env.AKOOL_BASE_URL, o: process.env.OTHER}))'];
    const [proxied] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--env-file', envFile, '--', process.execPath, ...printer]), r.answerNext('once')]);
    const seen = JSON.parse(proxied.stdout.trim());
    expect(seen).toMatchObject({ p: 'hello' });
    expect(seen.k).toBe(seen.s);
    expect(seen.b).toBe(seen.u);
    expect(proxied.stdout).not.toContain(activeKey);

    writeFileSync(envFile, 'MY_KEY=akool://Keyed/api-key\nMY_BASE=akool://Keyed/base-url\nOTHER=akool://Other/token\n');
    const refused = await r.cli(['run', '--account', 'Keyed', '--env-file', envFile, '--', process.execPath, ...printer]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("may refer only to the run's own account");

    const [real, approval] = await Promise.all([r.cli(['run', '--account', 'Keyed', '--env', '--env-file', envFile, '--', process.execPath, ...printer]), r.answerNext('once')]);
    expect(approval.alsoAccounts).toEqual(['Other']);
    const values = JSON.parse(real.stdout.trim());
    expect(values).toMatchObject({ k: activeKey, b: r.sandbox.baseUrl });
    expect(r.sandbox.issuedTokens('demo-active')).toContain(values.o);
  });

  it('names the line of a malformed env file and sends nothing', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const envFile = join(r.dataDir, 'bad.env');
    writeFileSync(envFile, 'GOOD=1\nMY_KEY=akool://Keyed/password\n');
    const result = await r.cli(['run', '--account', 'Keyed', '--env-file', envFile, '--', process.execPath, '-e', '0']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('line 2');
    expect((await r.call('getApprovals', {})).approvals).toEqual([]);
  });
});
