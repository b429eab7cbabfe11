// An older vault file put back, in the real renderer: the window says so in our words, nothing reaches the host, and "Accept this vault file…" lifts the lock only after a second click.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHarness } from '../harness/server';
import { startSandbox } from '../sandbox/server';
import { makeTempDir } from '../support/temp-dir';
import { addAccount } from '../support/ui-steps';
import { focusIsLost, seriousViolations } from './axe';

const account = { label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' };

test('an older vault file put back: locked in the window, nothing sent, accepted only on a confirmed click', async ({ page }) => {
  const sandbox = await startSandbox();
  const dir = makeTempDir();
  let harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
  try {
    await page.goto(harness.url);
    await addAccount(page, { ...account, baseUrl: sandbox.baseUrl });
    const card = page.getByRole('article', { name: account.label, exact: true });
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
    const vaultPath = join(dir.path, 'vault.json');
    const older = readFileSync(vaultPath);
    // A later save through the app makes the copy above an older file.
    await card.getByRole('button', { name: 'Check now', exact: true }).click();
    await expect.poll(() => readFileSync(vaultPath).equals(older)).toBe(false);
    await harness.close();

    writeFileSync(vaultPath, older);
    const exchanges = sandbox.exchangeCount(account.clientId);
    harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
    await page.goto(harness.url);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('The vault file is older than the last one akool-vault saved');
    await expect(notice).toContainText('sends nothing for any account');
    await expect(notice.getByRole('button', { name: 'Dismiss notice' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Check now', exact: true }).click();
    await expect(card.getByTestId('check-result')).toContainText('not the one akool-vault saved last');
    expect(sandbox.exchangeCount(account.clientId)).toBe(exchanges);

    await notice.getByRole('button', { name: 'Accept this vault file…' }).click();
    await expect(notice.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await notice.getByRole('button', { name: 'Accept this vault file', exact: true }).click();
    await expect(notice).toHaveCount(0);
    expect(await focusIsLost(page)).toBe(false);
    await card.getByRole('button', { name: 'Check now', exact: true }).click();
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
    expect(JSON.parse(readFileSync(vaultPath, 'utf8')).generation).toBeGreaterThan(JSON.parse(older.toString('utf8')).generation);
  } finally {
    await harness.close();
    await sandbox.close();
    dir.remove();
  }
});
