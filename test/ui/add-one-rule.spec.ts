// Adding follows one rule for both kinds (issue 17, items 6, 7 and 13), at both sizes: a banned API key is stored and shown banned, a network failure offers "Save without checking" and the account is checked when the network is back, facts with no value are not shown, and the secret field has a Show toggle.
import { demoAccounts } from '../sandbox/accounts';
import { startSandbox } from '../sandbox/server';
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { addAccount, statusOf, submitAddSheet } from '../support/ui-steps';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { sizes } from './window-sizes';

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...statusDemoAccounts] } });

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a banned or overdue API key is stored with its status, as by client ID; an unknown one is refused', async ({ ui }) => {
      await ui.addAccount({ kind: 'api-key', label: 'Banned key', apiKey: 'demo-secret-banned' });
      await expect(statusOf(ui.card('Banned key'))).toHaveAttribute('data-status', 'banned');
      await ui.addAccount({ kind: 'api-key', label: 'Overdue key', apiKey: 'demo-secret-overdue' });
      await expect(statusOf(ui.card('Overdue key'))).toHaveAttribute('data-status', 'payment-overdue');
      await ui.addAccount({ kind: 'api-key', label: 'Nobody', apiKey: 'demo-secret-no-account' });
      await expect(ui.sheet().getByLabel('API key', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      expect(ui.harness.state().accounts.map((account) => account.status).sort()).toEqual(['banned', 'payment-overdue']);
    });

    test('Akool out of reach: "Save without checking" stores the key, checked once the network is back', async ({ ui }) => {
      const later = await startSandbox({ accounts: [...demoAccounts] });
      const port = Number(new URL(later.baseUrl).port);
      await later.close();
      await addAccount(ui.page, { kind: 'api-key', label: 'Offline', apiKey: 'demo-secret-active', baseUrl: later.baseUrl });
      const offer = ui.sheet().getByTestId('save-unchecked');
      await expect(offer).toContainText('when the network is back');
      expect(await seriousViolations(ui.page)).toEqual([]);
      await ui.page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(ui.page)).toEqual([]);
      await ui.page.emulateMedia({ colorScheme: 'light' });
      await offer.getByRole('button', { name: 'Save without checking' }).click();
      const card = ui.card('Offline');
      await expect(card).toBeVisible();
      expect(ui.harness.state().accounts).toMatchObject([{ label: 'Offline', credit: null }]);
      expect(ui.vaultFile()).not.toContain('demo-secret-active');
      const back = await startSandbox({ accounts: [...demoAccounts], port });
      try {
        ui.harness.wake('online');
        await expect(statusOf(card)).toHaveAttribute('data-status', 'active');
        await expect(card.getByTestId('credit')).toContainText(/1,?234/);
      } finally {
        await back.close();
      }
    });

    test('an API-key account shows no empty facts and is named "API key 1"', async ({ ui }) => {
      const { page } = ui;
      await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
      await ui.sheet().getByLabel('API key', { exact: true }).fill('demo-secret-active');
      const baseUrl = ui.sheet().getByLabel('Base URL', { exact: true });
      await ui.sheet().getByText('Advanced', { exact: true }).click();
      await baseUrl.fill(ui.sandbox.baseUrl);
      await submitAddSheet(page);
      const card = ui.card('API key 1');
      await expect(statusOf(card)).toHaveAttribute('data-status', 'active');
      await card.getByText('Advanced', { exact: true }).click();
      await expect(card.getByText('Base URL', { exact: true })).toBeVisible();
      await expect(card).not.toContainText('unknown');
      await expect(card.getByText('Identity', { exact: true })).toHaveCount(0);
      await expect(card.getByText('User ID', { exact: true })).toHaveCount(0);
    });

    test('the secret field has a Show toggle that shows only what was typed here', async ({ ui }) => {
      const { page } = ui;
      await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
      const key = ui.sheet().getByLabel('API key', { exact: true });
      await key.fill('typed-by-the-user-1234');
      await expect(key).toHaveAttribute('type', 'password');
      const show = ui.sheet().getByRole('button', { name: 'Show', exact: true });
      await show.click();
      await expect(show).toHaveAttribute('aria-pressed', 'true');
      await expect(key).toHaveAttribute('type', 'text');
      await expect(key).toHaveValue('typed-by-the-user-1234');
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await show.click();
      await expect(key).toHaveAttribute('type', 'password');
    });
  });
}
