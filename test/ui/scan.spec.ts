// "Scan a folder…" and `scan --import` through the real renderer and vault: the same scan in main, the table, Import of live findings, the CLI's approval clicked in the window (also when asked before the window listened); no secret reaches the page or the logs.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { findCanaryPiece } from '../support/canary-pieces';
import { createScanProject, newClientId, type ScanProject } from '../support/scan-project';
import { makeTempDir } from '../support/temp-dir';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { tokenFingerprint } from '../../main/core/accounts/fingerprint';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

let project: ScanProject;
let akool: Sandbox;
let removeProject: () => void;

test.beforeEach(async () => {
  const dir = makeTempDir();
  removeProject = dir.remove;
  project = createScanProject(dir.path);
  const seed = (clientId: string, clientSecret: string, state: 'active' | 'banned') => ({
    clientId,
    clientSecret,
    state,
    credit: 100,
    email: `${state}@sandbox.test`,
    uid: '1',
    tokenTtlSeconds: 86_400,
  });
  akool = await startSandbox({
    accounts: [seed(newClientId(), project.browserKey, 'active'), seed(project.serverClientId, project.serverSecret, 'active'), seed(newClientId(), project.scriptKey, 'banned')],
  });
});
test.afterEach(async () => {
  await akool.close();
  removeProject();
});

async function noSecretShown(page: Page, logLines: readonly string[]): Promise<void> {
  const text = `${await page.content()}\n${await page.locator('body').innerText()}\n${logLines.join('\n')}`;
  expect(findCanaryPiece(text, project.secrets)).toBeNull();
}

test('Scan a folder… shows the findings worst first and imports the live ones ticked', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Scan a folder…' }).click();
  const dialog = page.getByTestId('scan-dialog');
  await dialog.getByLabel('Folder (absolute path)').fill(project.root);
  await dialog.getByLabel('Include git history').check();
  await dialog.getByText('Advanced', { exact: true }).click();
  await dialog.getByLabel('Base URL', { exact: true }).fill(akool.baseUrl);
  await dialog.getByRole('button', { name: 'Scan', exact: true }).click();
  const table = dialog.getByTestId('scan-table');
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('row').nth(1)).toContainText('Shipped in built browser code');
  await expect(table.getByRole('row').nth(1)).toContainText(tokenFingerprint(project.browserKey));
  await expect(table.getByRole('row').filter({ hasText: 'Past git commit' })).toContainText('rejected');
  await expect(table.getByRole('row').filter({ hasText: 'scripts/check-credit.sh' })).toContainText('banned');
  const boxes = table.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await dialog.getByRole('button', { name: 'Import selected (2)' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 2.');
  expect(ui.harness.state().accounts.map((account) => account.label).sort()).toEqual(['AKOOL_CLIENT_SECRET (.env)', 'VITE_AKOOL_API_KEY (.env)']);
  await expect(table.getByRole('checkbox')).toHaveCount(0);
  await noSecretShown(page, ui.harness.logLines);
});

test('scan --import asks in the window; the approval clicked there imports, and --fix rewrites .env to references', async ({ ui }) => {
  const { page } = ui;
  const running = ui.harness.scan({ dir: project.root, history: true, format: 'json', verify: true, import: true, fix: true, baseUrl: akool.baseUrl });
  const approval = page.getByTestId('scan-import-approval');
  await expect(approval.getByRole('listitem')).toHaveCount(2);
  await expect(approval).toContainText('VITE_AKOOL_API_KEY (.env)');
  await expect(approval).toContainText('with its client ID');
  expect(await seriousViolations(page)).toEqual([]);
  await noSecretShown(page, ui.harness.logLines);
  await approval.getByRole('checkbox').nth(1).uncheck();
  await approval.getByRole('button', { name: 'Import 1' }).click();
  const run = await running;
  expect(run.exitCode).toBe(1);
  const accounts = ui.harness.state().accounts;
  expect(accounts.map((account) => account.label)).toEqual(['VITE_AKOOL_API_KEY (.env)']);
  const env = readFileSync(join(project.root, '.env'), 'utf8');
  expect(env).toContain(`VITE_AKOOL_API_KEY="akool://${accounts[0]?.id ?? '?'}/api-key"`);
  expect(env.includes(project.serverSecret)).toBe(true);
  expect(findCanaryPiece([run.output, ...run.notes].join('\n'), project.secrets)).toBeNull();
  await expect(page.getByRole('option', { name: /VITE_AKOOL_API_KEY/ })).toBeVisible();
});

test('an import asked before the window listened shows after a reload, and Don’t import ends it', async ({ ui }) => {
  const { page } = ui;
  const running = ui.harness.scan({ dir: project.root, history: false, format: 'json', verify: true, import: true, fix: false, baseUrl: akool.baseUrl });
  const waiting = async () => {
    const reply = (await ui.harness.dispatch('vault:getScanImports', {})) as { ok: boolean; data?: { requests: unknown[] } };
    return reply.data?.requests.length ?? -1;
  };
  await expect.poll(waiting).toBe(1);
  await page.reload();
  const approval = page.getByTestId('scan-import-approval');
  await expect(approval.getByRole('listitem')).toHaveCount(2);
  await approval.getByRole('button', { name: 'Don’t import' }).click();
  await expect(approval).toHaveCount(0);
  expect((await running).notes).toEqual([]);
  expect(ui.harness.state().accounts).toEqual([]);
  expect(await waiting()).toBe(0);
});
