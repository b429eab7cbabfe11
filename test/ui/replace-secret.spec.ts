// Replace secret in the real renderer: the base URL under Advanced moves an account only with the secret typed again, and an account changed outside akool-vault shows the address it will send the secret to before anything is sent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { startSandbox } from '../sandbox/server';
import { makeTempDir } from '../support/temp-dir';
import { chooseKind } from '../support/ui-steps';
import { expect, test } from './fixtures';

const account = { label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' };

async function openReplaceSecret(page: Page): Promise<void> {
  const card = page.getByRole('article', { name: account.label, exact: true });
  await card.getByRole('button', { name: `More actions for ${account.label}` }).click();
  await page.getByRole('menuitem', { name: 'Replace secret…' }).click();
}

test('the Base URL under Advanced starts at the account’s own; changing it moves the account only once the typed secret works there', async ({ ui }) => {
  const other = await startSandbox();
  try {
    await ui.addAccount(account);
    const card = ui.card(account.label);
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
    await openReplaceSecret(ui.page);
    const baseUrl = card.getByLabel('Base URL', { exact: true });
    await expect(baseUrl).toBeHidden();
    await card.locator('form').getByText('Advanced', { exact: true }).click();
    await expect(baseUrl).toHaveValue(ui.sandbox.baseUrl);

    // A wrong secret at the new address: refused there, nothing moves.
    await card.getByLabel('New secret', { exact: true }).fill('not-the-secret');
    await baseUrl.fill(other.baseUrl);
    await card.getByRole('button', { name: 'Save secret' }).click();
    await expect(card.getByTestId('add-error')).toContainText('invalid-credentials');
    expect(JSON.parse(ui.vaultFile()).accounts[0].baseUrl).toBe(ui.sandbox.baseUrl);

    await card.getByLabel('New secret', { exact: true }).fill(account.clientSecret);
    await card.getByRole('button', { name: 'Save secret' }).click();
    await expect(card.getByTestId('account-status')).toHaveText('Secret replaced');
    // The facts (under their own Advanced) name the new address.
    await expect(card.locator('dd', { hasText: other.baseUrl })).toBeAttached();
    expect(JSON.parse(ui.vaultFile()).accounts[0].baseUrl).toBe(other.baseUrl);
    expect(other.exchangeCount(account.clientId)).toBe(1);
  } finally {
    await other.close();
  }
});

base('an account changed outside akool-vault shows the address, warned, before the secret is sent; the user can send it to their own', async ({ page }) => {
  const sandbox = await startSandbox();
  const attacker = await startSandbox();
  const dir = makeTempDir();
  let harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
  try {
    await page.goto(harness.url);
    await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
    const sheet = page.getByTestId('add-sheet');
    await chooseKind(sheet, 'client-credentials');
    await sheet.getByLabel('Label', { exact: true }).fill(account.label);
    await sheet.getByLabel('Client ID', { exact: true }).fill(account.clientId);
    await sheet.getByLabel('Client secret', { exact: true }).fill(account.clientSecret);
    await sheet.getByText('Advanced', { exact: true }).click();
    await sheet.getByLabel('Base URL', { exact: true }).fill(sandbox.baseUrl);
    await sheet.getByRole('button', { name: 'Add account', exact: true }).click();
    const card = page.getByRole('article', { name: account.label, exact: true });
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
    await harness.close();

    // Another program running as the user points the record at its own server.
    const vaultPath = join(dir.path, 'vault.json');
    const edited = JSON.parse(readFileSync(vaultPath, 'utf8'));
    edited.accounts[0].baseUrl = attacker.baseUrl;
    writeFileSync(vaultPath, JSON.stringify(edited));
    harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
    await page.goto(harness.url);
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'record-changed');

    await openReplaceSecret(page);
    const baseUrl = card.getByLabel('Base URL', { exact: true });
    await expect(baseUrl).toBeVisible();
    await expect(baseUrl).toHaveValue(attacker.baseUrl);
    await expect(baseUrl).toHaveAccessibleDescription(
      'This account was changed outside akool-vault: check this address before you send the secret to it.',
    );
    await card.getByLabel('New secret', { exact: true }).fill(account.clientSecret);
    await baseUrl.fill(sandbox.baseUrl);
    await card.getByRole('button', { name: 'Save secret' }).click();
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
    expect(attacker.requests).toHaveLength(0);
    expect(JSON.parse(readFileSync(vaultPath, 'utf8')).accounts[0].baseUrl).toBe(sandbox.baseUrl);
  } finally {
    await harness.close();
    await Promise.all([sandbox.close(), attacker.close()]);
    dir.remove();
  }
});
