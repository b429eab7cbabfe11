// Replace secret in the real renderer: the base URL under Advanced moves an account only with the secret typed again, and an account changed outside akool-vault (its base URL, its seals or its id) sends the typed secret only to an address the user confirms, offered as Akool's own, never the file's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { startSandbox } from '../sandbox/server';
import { makeTempDir } from '../support/temp-dir';
import { addAccount } from '../support/ui-steps';
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
    await addAccount(page, { ...account, baseUrl: sandbox.baseUrl });
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
    await expect(baseUrl).toHaveValue('https://openapi.akool.com');
    await expect(baseUrl).toHaveAccessibleDescription(
      'This account was changed outside akool-vault, so the address in its file is not used: the secret goes to this address. Check it before you save.',
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

/** Adds the account through the add sheet at `baseUrl` and waits until it is active. */
async function addThroughSheet(page: Page, baseUrl: string): Promise<void> {
  await addAccount(page, { ...account, baseUrl });
  await expect(page.getByRole('article', { name: account.label, exact: true }).locator('[data-status]')).toHaveAttribute('data-status', 'active');
}

type VaultFile = { accounts: { id: string; baseUrl: string; status: Record<string, unknown> }[]; secrets: Record<string, Record<string, string>> };

const orphanedId = '0b7a4b2e-5f1d-4c3a-9e8f-6a5b4c3d2e1f';

const attacks: [string, (file: VaultFile) => void][] = [
  ['its seals deleted', (file) => {
    const id = file.accounts[0]?.id ?? '';
    for (const entries of Object.values(file.secrets)) delete entries[id];
  }],
  ['its record given a new id, so its seals are orphaned', (file) => {
    const [record] = file.accounts;
    if (record !== undefined) record.id = orphanedId;
  }],
];

for (const [name, orphan] of attacks) {
  base(`an account with ${name}, its base URL pointed at another host and its status left active: Replace secret as a user does sends nothing there`, async ({ page }) => {
    const sandbox = await startSandbox();
    // The other host: a look-alike that would accept the secret, and records every request it gets.
    const attacker = await startSandbox();
    const dir = makeTempDir();
    // Only our loopback servers are reachable; anything else (Akool's real address) is refused and noted, never sent.
    const refused: string[] = [];
    const http = (url: string, init: RequestInit): Promise<Response> => {
      if (url.startsWith('http://127.0.0.1:')) return fetch(url, init);
      refused.push(url);
      return Promise.reject(new TypeError('fetch failed'));
    };
    let harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path, http });
    try {
      await page.goto(harness.url);
      await addThroughSheet(page, sandbox.baseUrl);
      await harness.close();

      // Another program running as the user edits the vault file.
      const vaultPath = join(dir.path, 'vault.json');
      const edited: VaultFile = JSON.parse(readFileSync(vaultPath, 'utf8'));
      orphan(edited);
      const [record] = edited.accounts;
      if (record === undefined) throw new Error('no account in the vault file');
      record.baseUrl = attacker.baseUrl;
      record.status = { ...record.status, result: 'active', problem: null };
      writeFileSync(vaultPath, JSON.stringify(edited));
      harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path, http });
      await page.goto(harness.url);
      const card = page.getByRole('article', { name: account.label, exact: true });
      await expect(card).toBeVisible();

      // The user types the secret again and saves, as the window invites them to.
      await openReplaceSecret(page);
      await card.getByLabel('New secret', { exact: true }).fill(account.clientSecret);
      await card.getByRole('button', { name: 'Save secret' }).click();
      await expect.poll(() => attacker.requests.length + refused.length).toBeGreaterThan(0);
      expect(attacker.requests).toEqual([]);
      // It went to the address the form showed, Akool's own, which this test keeps from leaving the machine.
      expect(refused).toEqual(['https://openapi.akool.com/api/open/v3/getToken']);
      await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'record-changed');
      const baseUrl = card.getByLabel('Base URL', { exact: true });
      await expect(baseUrl).toHaveValue('https://openapi.akool.com');

      // The user names their own address instead: the account works again there, and the other host got nothing.
      await card.getByLabel('New secret', { exact: true }).fill(account.clientSecret);
      await baseUrl.fill(sandbox.baseUrl);
      await card.getByRole('button', { name: 'Save secret' }).click();
      await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
      expect(attacker.requests).toEqual([]);
      expect(JSON.parse(readFileSync(vaultPath, 'utf8')).accounts[0].baseUrl).toBe(sandbox.baseUrl);
    } finally {
      await harness.close();
      await Promise.all([sandbox.close(), attacker.close()]);
      dir.remove();
    }
  });
}
