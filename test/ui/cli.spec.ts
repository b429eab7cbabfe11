// The akool-vault command line end to end: the built CLI → harness (the real main runtime and socket) → sandbox, with every approval clicked in the real renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { cliErrorSentences } from '../../cli/contract';
import { generationCost } from '../sandbox/generation-route';
import { runBuiltCli } from '../support/built-cli';
import { expect, test, type VaultUi } from './fixtures';

const script = join(import.meta.dirname, '../fixtures/cli/akool-script.mjs');
const activeKey = 'demo-secret-active';

const approval = (page: Page) => page.getByRole('dialog', { name: 'Allow this command?' });

async function addKeyAccount(ui: VaultUi, label: string, apiKey: string): Promise<void> {
  await ui.harness.dispatch('vault:addAccount', { kind: 'api-key', label, apiKey, baseUrl: ui.sandbox.baseUrl });
}

async function addClientAccount(ui: VaultUi, label: string, clientId: string, clientSecret: string): Promise<void> {
  await ui.harness.dispatch('vault:addAccount', { label, clientId, clientSecret, baseUrl: ui.sandbox.baseUrl });
}

const scriptOutput = (stdout: string) => JSON.parse(stdout.split('\n').find((line) => line.startsWith('{')) ?? 'null');

test('run: an unchanged Akool script reads the credit and starts a job through the proxy once "Allow once" is clicked', async ({ ui }) => {
  await ui.addAccount({ kind: 'api-key', label: 'Keyed', apiKey: activeKey });
  await expect(ui.card('Keyed').locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  const cli = runBuiltCli(['run', '--account', 'Keyed', '--', process.execPath, script], { dataDir: ui.dataDir, cwd: ui.dataDir });
  const dialog = approval(ui.page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('akool-vault run wants to run a command with Keyed');
  await expect(dialog.getByTestId('approval-command')).toContainText('akool-script.mjs');
  await expect(dialog).toContainText(ui.dataDir);
  await expect(dialog).toContainText(`pid ${cli.process.pid ?? ''}`);
  await expect(dialog).toContainText('reported by the command, not proven');
  await expect(dialog.getByTestId('approval-mode')).toContainText('stand-in');
  await expect(dialog.getByRole('button', { name: 'Deny' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Allow once' }).click();
  const result = await cli.done;
  expect(result.code).toBe(0);
  const output = scriptOutput(result.stdout);
  expect(output.quota.body).toMatchObject({ code: 1000, data: { credit: 1234 } });
  expect(output.job.body).toMatchObject({ code: 1000 });
  expect(result.stdout + result.stderr).not.toContain(activeKey);
  expect(result.stderr).toContain(`credit used ${generationCost}`);
  const runs = ui.card('Keyed').getByTestId('runs');
  await expect(runs.getByRole('row').nth(1)).toContainText('akool-script.mjs');
  await expect(runs.getByRole('row').nth(1)).toContainText('1000 ×2');
  await expect(runs.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(String(generationCost));
});

test('Deny: the CLI exits 77 with the sentence and the child never starts', async ({ ui }) => {
  await addKeyAccount(ui, 'Keyed', activeKey);
  const marker = join(ui.dataDir, 'started');
  const cli = runBuiltCli(['run', '--account', 'Keyed', '--', process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`], { dataDir: ui.dataDir });
  await approval(ui.page).getByRole('button', { name: 'Deny' }).click();
  const result = await cli.done;
  expect(result.code).toBe(77);
  expect(result.stderr).toContain(cliErrorSentences.denied);
  await expect(approval(ui.page)).toHaveCount(0);
  expect(await import('node:fs').then((fs) => fs.existsSync(marker))).toBe(false);
});

test('key offers no hour; a proxy run shows its allowed origins and offers one', async ({ ui }) => {
  await addKeyAccount(ui, 'Keyed', activeKey);
  const dialog = approval(ui.page);
  const allowOnce = dialog.getByRole('button', { name: 'Allow once' });
  const allowHour = dialog.getByRole('button', { name: 'Allow for this folder for 1 hour' });
  const key = runBuiltCli(['key', '--account', 'Keyed'], { dataDir: ui.dataDir, cwd: ui.dataDir });
  await expect(dialog).toContainText('asks for the API key of Keyed');
  const same = ['run', '--account', 'Keyed', '--allow-origin', 'http://localhost:5173', '--', process.execPath, '-e', '0'];
  const run = runBuiltCli(same, { dataDir: ui.dataDir, cwd: ui.dataDir });
  await expect(dialog).toContainText('1 more waiting');
  await expect(allowHour).toHaveCount(0);
  await expect(allowOnce).toBeEnabled();
  await allowOnce.click();
  expect((await key.done).stdout).toBe(`${activeKey}\n`);
  await expect(dialog).toContainText('wants to run a command with Keyed');
  await expect(dialog.getByTestId('approval-origins')).toHaveText('http://localhost:5173');
  await expect(allowHour).toBeEnabled();
  await allowHour.click();
  expect((await run.done).code).toBe(0);
  expect((await runBuiltCli(same, { dataDir: ui.dataDir, cwd: ui.dataDir }).done).code).toBe(0);
  await expect(dialog).toHaveCount(0);
});

test('nobody answers: the request is denied once 60 s have passed on the vault clock', async ({ ui }) => {
  await addKeyAccount(ui, 'Keyed', activeKey);
  const cli = runBuiltCli(['key', '--account', 'Keyed'], { dataDir: ui.dataDir });
  await expect(approval(ui.page)).toBeVisible();
  ui.harness.advanceClock(59_000);
  await expect(approval(ui.page)).toBeVisible();
  ui.harness.advanceClock(1_000);
  const result = await cli.done;
  expect(result.code).toBe(77);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(cliErrorSentences['timed-out']);
  await expect(approval(ui.page)).toHaveCount(0);
});

test('Stop in the detail pane revokes the grant mid-run: the script\'s next call gets 401 and the reason', async ({ ui }) => {
  await addKeyAccount(ui, 'Keyed', activeKey);
  const go = join(ui.dataDir, 'go');
  const cli = runBuiltCli(['run', '--account', 'Keyed', '--', process.execPath, script, `--wait-for=${go}`], { dataDir: ui.dataDir });
  await approval(ui.page).getByRole('button', { name: 'Allow once' }).click();
  await expect.poll(() => cli.stdout()).toContain('READY');
  const card = await ui.select('Keyed');
  await card.getByTestId('runs').getByRole('button', { name: 'Stop' }).click();
  await expect(card.getByTestId('runs').getByRole('row').nth(1)).toContainText('stopped');
  writeFileSync(go, '');
  const result = await cli.done;
  const { later } = scriptOutput(result.stdout);
  expect(later.status).toBe(401);
  expect(later.body.message).toContain('The run was stopped in the akool-vault window.');
  expect(result.stderr).toContain('stopped in the window');
});

test('--env-file references resolve for the child: the stand-in without --env, and the window says which mode', async ({ ui }) => {
  await addKeyAccount(ui, 'Keyed', activeKey);
  const envFile = join(ui.dataDir, 'app.env');
  writeFileSync(envFile, 'VITE_AKOOL_KEY=akool://Keyed/api-key\nVITE_AKOOL_BASE=akool://Keyed/base-url\n');
  const print = ['-e', 'console.log(JSON.stringify([process.env.VITE_AKOOL_KEY, process.env.VITE_AKOOL_BASE, process.env.AKOOL_API_KEY]))'];
  const proxied = runBuiltCli(['run', '--account', 'Keyed', '--env-file', envFile, '--', process.execPath, ...print], { dataDir: ui.dataDir });
  await approval(ui.page).getByRole('button', { name: 'Allow once' }).click();
  const [key, base, standIn] = JSON.parse((await proxied.done).stdout.trim().split('\n')[0] ?? '[]');
  expect(key).toBe(standIn);
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(key).not.toBe(activeKey);

  const real = runBuiltCli(['run', '--account', 'Keyed', '--env', '--env-file', envFile, '--', process.execPath, ...print], { dataDir: ui.dataDir });
  await expect(approval(ui.page).getByTestId('approval-mode')).toContainText('real key or token goes into the command’s environment');
  await approval(ui.page).getByRole('button', { name: 'Allow once' }).click();
  expect(JSON.parse((await real.done).stdout.trim().split('\n')[0] ?? '[]')).toEqual([activeKey, ui.sandbox.baseUrl, activeKey]);
  const runs = (await ui.select('Keyed')).getByTestId('runs');
  await expect(runs.getByRole('row').nth(1)).toContainText('real key in environment');
  await expect(runs.getByRole('row').nth(2)).toContainText('proxy');
});

test('two runs on different accounts at once: each waits for its own approval and gets its own grant', async ({ ui }) => {
  await addKeyAccount(ui, 'One', activeKey);
  await addClientAccount(ui, 'Two', 'demo-renewable', 'demo-secret-renewable');
  const go = join(ui.dataDir, 'go');
  const first = runBuiltCli(['run', '--account', 'One', '--', process.execPath, script, `--wait-for=${go}`], { dataDir: ui.dataDir });
  await expect(approval(ui.page)).toContainText('One');
  const second = runBuiltCli(['run', '--account', 'Two', '--', process.execPath, script, '--bearer', `--wait-for=${go}`], { dataDir: ui.dataDir });
  await expect(approval(ui.page)).toContainText('1 more waiting');
  await approval(ui.page).getByRole('button', { name: 'Allow once' }).click();
  await expect(approval(ui.page)).toContainText('Two');
  await approval(ui.page).getByRole('button', { name: 'Allow once' }).click();
  await expect.poll(() => first.stdout() + second.stdout()).toMatch(/READY[\s\S]*READY/);
  writeFileSync(go, '');
  const [a, b] = await Promise.all([first.done, second.done]);
  const outA = scriptOutput(a.stdout);
  const outB = scriptOutput(b.stdout);
  expect([outA.quota.body.data.credit, outB.quota.body.data.credit]).toEqual([1234, 300]);
  expect(outA.env.AKOOL_API_KEY).not.toBe(outB.env.AKOOL_API_KEY);
  expect(outA.later.body.code).toBe(1000);
  expect(outB.later.body.code).toBe(1000);
});

test('status exits 0, 1, 2 by the accounts\' state, and 3 once the app is gone', async ({ ui }) => {
  const status = async (): Promise<number | null> => (await runBuiltCli(['status'], { dataDir: ui.dataDir }).done).code;
  expect(await status()).toBe(0);
  await addKeyAccount(ui, 'Keyed', activeKey);
  expect(await status()).toBe(0);
  await addClientAccount(ui, 'Soon', 'demo-expiring', 'demo-secret-expiring');
  expect(await status()).toBe(1);
  await addClientAccount(ui, 'Banned', 'demo-banned', 'demo-secret-banned');
  expect(await status()).toBe(2);
  const json = await runBuiltCli(['status', '--json'], { dataDir: ui.dataDir }).done;
  expect(JSON.parse(json.stdout)).toMatchObject({ level: 'alert' });
  await ui.harness.close();
  expect(await status()).toBe(3);
});

test('Settings › "Install command-line tool" copies a working akool-vault and says PATH lacks its folder', async ({ ui }) => {
  await ui.page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await ui.page.getByRole('button', { name: 'Install command-line tool' }).click();
  const installed = join(ui.dataDir, 'home', '.local', 'bin', 'akool-vault');
  await expect(ui.page.getByTestId('cli-install-status')).toContainText(`Installed ${installed}.`);
  await expect(ui.page.getByTestId('cli-install-status')).toContainText('to your PATH');
  const status = await runBuiltCli(['status'], { dataDir: ui.dataDir, cliPath: installed }).done;
  expect(status.code).toBe(0);
  expect(status.stdout).toContain('No accounts.');
});
