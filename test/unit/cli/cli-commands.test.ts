// The CLI against the real vault runtime and socket server under Node: status, list, token and key with approval, refusals, and the connection key.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliErrorSentences } from '../../../cli/contract';
import { noGestureAllowText } from '../../../main/ipc/handlers';
import { startCliRig, type CliRig } from '../../support/cli-rig';

const activeKey = 'demo-secret-active';
let rig: CliRig | null = null;
const start = async (options?: Parameters<typeof startCliRig>[0]): Promise<CliRig> => (rig = await startCliRig(options));
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('akool-vault status and list', () => {
  it('exits 0 with every account listed when all are good, and says the same as JSON', async () => {
    const r = await start();
    await r.addApiKey('Production', activeKey);
    const human = await r.cli(['status']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Production\s+active\s+1234/);
    const json = await r.cli(['status', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ level: 'ok', accounts: [{ label: 'Production', status: 'active', credit: 1234, level: 'ok' }] });
  });

  it('exits 2 when an account is banned and 1 when one needs attention', async () => {
    const r = await start();
    await r.addClient('Banned', 'demo-banned', 'demo-secret-banned');
    expect((await r.cli(['status'])).code).toBe(2);
    await r.call('removeAccount', { id: r.runtime.state().accounts[0]?.id ?? '' });
    await r.addClient('Soon', 'demo-expiring', 'demo-secret-expiring');
    expect((await r.cli(['status'])).code).toBe(1);
  });

  it('exits 3 when the app is not running', async () => {
    const r = await start();
    await r.server.close();
    const result = await r.cli(['status']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('not running');
  });

  it('lists labels, kinds, ids and fingerprints, never the key', async () => {
    const r = await start();
    const view = await r.addApiKey('Keyed', activeKey);
    const result = await r.cli(['list', '--json']);
    expect(JSON.parse(result.stdout)).toEqual([{ id: view.id, label: 'Keyed', kind: 'api-key', fingerprint: view.keyFingerprint }]);
    expect(result.stdout + result.stderr).not.toContain(activeKey);
  });
});

describe('akool-vault token and key', () => {
  it('prints the key after "Allow once", and the window saw the account, folder, ids and mode', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result, approval] = await Promise.all([r.cli(['key', '--account', 'Key'], { cwd: '/tmp' }), r.answerNext('once')]);
    expect(result).toMatchObject({ code: 0, stdout: `${activeKey}\n` });
    expect(result.stderr).toContain('waiting for approval');
    expect(approval).toMatchObject({ accountLabel: 'Keyed', command: 'key', mode: 'print', cwd: '/tmp', pid: process.pid, ppid: process.ppid });
    expect(JSON.stringify(approval)).not.toContain(activeKey);
  });

  it('prints a fresh token for a client-credentials account, and refuses a token for an API-key account without asking', async () => {
    const r = await start();
    await r.addClient('Legacy', 'demo-active', 'demo-secret-active');
    await r.addApiKey('Keyed', 'demo-secret-expiring');
    const [token] = await Promise.all([r.cli(['token', '--account', 'Legacy']), r.answerNext('once')]);
    expect(token.code).toBe(0);
    expect(r.sandbox.issuedTokens('demo-active')).toContain(token.stdout.trim());
    const refused = await r.cli(['token', '--account', 'Keyed']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has no token');
    expect((await r.call('getApprovals', {})).approvals).toEqual([]);
  });

  it('refuses to print to a terminal unless --reveal is given', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const refused = await r.cli(['key', '--account', 'Keyed'], { tty: true });
    expect(refused.code).toBe(64);
    expect(refused.stdout).toBe('');
    const [revealed] = await Promise.all([r.cli(['key', '--account', 'Keyed', '--reveal'], { tty: true }), r.answerNext('once')]);
    expect(revealed.stdout).toBe(`${activeKey}\n`);
  });

  it('exits 77 with the sentence when the person denies', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const [result] = await Promise.all([r.cli(['key', '--account', 'Keyed']), r.answerNext('deny')]);
    expect(result.code).toBe(77);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(cliErrorSentences.denied);
  });

  it('denies on its own when nobody answers in time', async () => {
    const r = await start({ approvalTimeoutMs: 150 });
    await r.addApiKey('Keyed', activeKey);
    const result = await r.cli(['key', '--account', 'Keyed']);
    expect(result.code).toBe(77);
    expect(result.stderr).toContain(cliErrorSentences['timed-out']);
    expect((await r.call('getApprovals', {})).approvals).toEqual([]);
  });

  it('offers no hour for key or token: "for this folder for 1 hour" is refused and the next request asks again', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const printed = r.cli(['key', '--account', 'Keyed'], { cwd: '/tmp/project' });
    const approval = await r.nextApproval();
    expect(approval.folderHourOffered).toBe(false);
    expect(await r.answerAsPerson(approval.id, 'folder-hour')).toEqual({ answered: false });
    expect((await r.call('getApprovals', {})).approvals.map((waiting) => waiting.id)).toEqual([approval.id]);
    await r.answerAsPerson(approval.id, 'once');
    expect((await printed).stdout).toBe(`${activeKey}\n`);
    const [again, asked] = await Promise.all([r.cli(['key', '--account', 'Keyed'], { cwd: '/tmp/project' }), r.answerNext('deny')]);
    expect(asked.cwd).toBe('/tmp/project');
    expect(again.code).toBe(77);
  });

  it('allowing needs a person\'s input in the window; denying does not', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const printed = r.cli(['key', '--account', 'Keyed']);
    const approval = await r.nextApproval();
    await expect(r.call('answerApproval', { id: approval.id, answer: 'once' })).rejects.toThrow(noGestureAllowText);
    expect((await r.call('getApprovals', {})).approvals.map((waiting) => waiting.id)).toEqual([approval.id]);
    expect(await r.call('answerApproval', { id: approval.id, answer: 'deny' })).toEqual({ answered: true });
    expect((await printed).code).toBe(77);
  });

  it('refuses a banned account without asking and says why', async () => {
    const r = await start();
    await r.addClient('Banned', 'demo-banned', 'demo-secret-banned');
    const result = await r.cli(['token', '--account', 'Banned']);
    expect(result.code).toBe(77);
    expect(result.stderr).toContain('banned');
    expect(r.notifications.filter((note) => note.title.includes('approval'))).toEqual([]);
  });

  it('names every match of an ambiguous selector, and an unknown one', async () => {
    const r = await start();
    const first = await r.addApiKey('Prod EU', activeKey);
    const second = await r.addClient('Prod US', 'demo-active', 'demo-secret-active');
    const ambiguous = await r.cli(['key', '--account', 'prod']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(first.id);
    expect(ambiguous.stderr).toContain(second.id);
    expect((await r.cli(['key', '--account', 'staging'])).stderr).toContain(cliErrorSentences['unknown-account']);
  });
});

describe('the connection key', () => {
  it('refuses a CLI that holds the wrong key, and hands out nothing', async () => {
    const r = await start();
    await r.addApiKey('Keyed', activeKey);
    const file = join(r.dataDir, 'cli-connection.json');
    const real = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...real, key: 'A'.repeat(43) }));
    const result = await r.cli(['key', '--account', 'Keyed']);
    expect(result.code).toBe(76);
    expect(result.stderr).toContain(cliErrorSentences['wrong-key']);
    expect((await r.call('getApprovals', {})).approvals).toEqual([]);
    expect(r.logLines.join('\n')).toContain('the connection key was not proved');
  });

  it('is written 0600 and names the socket, which sits in a 0700 directory', async () => {
    const r = await start();
    const { statSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    const file = join(r.dataDir, 'cli-connection.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).endpoint).toBe(r.server.endpoint);
    expect(statSync(dirname(r.server.endpoint)).mode & 0o777).toBe(0o700);
  });
});
