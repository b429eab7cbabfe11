// The user's journeys through the real renderer: add, wrong secret, ban line, renewal on check, copy, remove.
import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

const fingerprintOf = (token: string): string => createHash('sha256').update(token).digest('hex').slice(0, 8);
const sealedSecrets = (vaultFile: string): string[] => vaultFile.match(/"[A-Za-z0-9+/]{40,}={0,2}"/g) ?? [];

test('adding an account shows it active with expiry, identity and credit', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await expect(card.getByTestId('credit')).toContainText(/1,?234/);
  await expect(card.getByTestId('identity')).toHaveText('active@sandbox.test');
  await expect(card.getByTestId('uid')).toHaveText('100001');
  const expiryYear = String(new Date(Date.now() + 400 * 86_400_000).getFullYear());
  await expect(card.getByTestId('expiry')).toContainText(expiryYear);
  await expect(card.getByTestId('fingerprint')).toContainText(/[0-9a-f]{8}/);
  await expect(ui.sheet()).toHaveCount(0);
  await expect(ui.row('Main')).toHaveAttribute('aria-selected', 'true');
});

test('a wrong secret gives a clear error, keeps the form and stores nothing', async ({ ui }) => {
  await ui.addAccount({ label: 'Typo', clientId: 'demo-active', clientSecret: 'not-the-secret' });
  await expect(ui.sheet().getByTestId('add-error').first()).toContainText('Akool did not accept this client ID and secret');
  await expect(ui.sheet().getByLabel('Label', { exact: true })).toHaveValue('Typo');
  await expect(ui.sheet().getByLabel('Client ID', { exact: true })).toHaveValue('demo-active');
  await expect(ui.page.getByRole('option')).toHaveCount(0);
  expect(sealedSecrets(ui.vaultFile())).toEqual([]);
});

test('a banned account raises a one-line alert that names it', async ({ ui }) => {
  await ui.addAccount({ label: 'Shadow', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' });
  await expect(ui.card('Shadow').locator('[data-status]')).toHaveAttribute('data-status', 'banned');
  const alert = ui.page.getByTestId('ban-alert');
  await expect(alert).toHaveText(/Shadow is banned by Akool/);
  expect((await alert.boundingBox())?.height).toBeLessThanOrEqual(40);
});

test('an expired token is renewed when the account is checked', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  const before = (await card.getByTestId('fingerprint').textContent()) ?? '';
  ui.sandbox.expireTokens('demo-active');
  const exchanges = ui.sandbox.exchangeCount('demo-active');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.getByTestId('fingerprint')).not.toHaveText(before);
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  expect(ui.sandbox.exchangeCount('demo-active')).toBe(exchanges + 1);
});

test('copy puts exactly the stored token on the clipboard, and only the main side can read it', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Copy token', exact: true }).click();
  await expect(ui.page.getByTestId('toast')).toContainText('Token copied');
  const token = ui.harness.clipboard.text();
  expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(card.getByTestId('fingerprint')).toContainText(fingerprintOf(token));
  const quota = await fetch(`${ui.sandbox.baseUrl}/api/open/v3/faceswap/quota/info`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(await quota.json()).toMatchObject({ code: 1000 });
  expect(await ui.page.content()).not.toContain(token);
});

test('removing an account asks first, keeps its secrets for the 10 s of Undo, then deletes them from the store file', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  expect(sealedSecrets(ui.vaultFile())).toHaveLength(2);
  await card.getByRole('button', { name: 'More actions for Main' }).click();
  await ui.page.getByRole('menuitem', { name: 'Remove…' }).click();
  await expect(card).toBeVisible();
  await ui.page.getByRole('button', { name: 'Confirm remove' }).click();
  await expect(card).toHaveCount(0);
  await expect(ui.row('Main')).toHaveCount(0);
  // Kept while Undo is offered (pending-removals.ts: 10 s of real time, which the harness clock does not shorten).
  expect(sealedSecrets(ui.vaultFile())).toHaveLength(2);
  await expect.poll(() => sealedSecrets(ui.vaultFile()), { timeout: 20_000 }).toEqual([]);
  expect(ui.vaultFile()).not.toContain('demo-active');
});

test('rename from the ⋯ menu by keyboard: Esc cancels without leaving the account, Enter saves, focus returns to the menu button', async ({ ui }) => {
  const { page } = ui;
  await page.setViewportSize({ width: 640, height: 480 });
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  const more = card.getByRole('button', { name: 'More actions for Main' });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const field = card.getByLabel('New name');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(more).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await field.fill('Main account');
  await page.keyboard.press('Enter');

  const renamed = ui.card('Main account');
  await expect(renamed.getByRole('heading', { name: 'Main account', exact: true })).toBeVisible();
  await expect(renamed.getByRole('button', { name: 'More actions for Main account' })).toBeFocused();
  expect(ui.harness.state().accounts.map((account) => account.label)).toEqual(['Main account']);
});
