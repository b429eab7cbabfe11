// An account added by API key (the sheet's default): active with its credit and key fingerprint, no token; its copies are the key and exactly `x-api-key: <key>`.
import { copyToken } from '../support/ui-steps';
import { expect, test } from './fixtures';

test('adding by API key shows the account active with credit, a key fingerprint and no token', async ({ ui }) => {
  await ui.page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
  await expect(ui.sheet().getByLabel('API key (recommended by Akool)', { exact: true })).toBeChecked();
  await expect(ui.sheet().getByLabel('Client ID', { exact: true })).toHaveCount(0);
  await ui.addAccount({ kind: 'api-key', label: 'Keyed', apiKey: 'demo-secret-active' });
  const card = ui.card('Keyed');
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await expect(card.getByTestId('credit')).toContainText(/1,?234/);
  await expect(card.getByTestId('key-fingerprint')).toContainText(/key [0-9a-f]{8}/);
  await expect(card.getByTestId('fingerprint')).toHaveCount(0);
  expect(ui.harness.state().accounts).toMatchObject([{ kind: 'api-key', tokenFingerprint: null, expiresAt: null }]);
  expect(ui.vaultFile()).not.toContain('demo-secret-active');
});

test('"Copy as x-api-key header" puts exactly `x-api-key: <key>` on the clipboard; the main copy is the key', async ({ ui }) => {
  await ui.addAccount({ kind: 'api-key', label: 'Keyed', apiKey: 'demo-secret-active' });
  const card = ui.card('Keyed');
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await copyToken(ui.page, 'Keyed', 'api-key-header');
  await expect(ui.page.getByTestId('clipboard-countdown')).toHaveText(/^x-api-key header copied/);
  expect(ui.harness.clipboard.text()).toBe('x-api-key: demo-secret-active');
  await card.getByRole('button', { name: 'Copy API key', exact: true }).click();
  await expect.poll(() => ui.harness.clipboard.text()).toBe('demo-secret-active');
});

test('a wrong API key is named at the key field and nothing is stored', async ({ ui }) => {
  await ui.addAccount({ kind: 'api-key', label: 'Typo', apiKey: 'not-a-key' });
  const key = ui.sheet().getByLabel('API key', { exact: true });
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveAccessibleDescription(/did not accept this API key/);
  expect(ui.harness.state().accounts).toEqual([]);
});
